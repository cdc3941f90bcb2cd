;;; warrant.el --- warrant's language server for Argdown files, with Eglot (Emacs 29+)

(define-derived-mode argdown-mode text-mode "Argdown"
  "A plain mode for Argdown maps; warrant's server does the rest.")
(add-to-list 'auto-mode-alist '("\\.\\(argdown\\|ad\\)\\'" . argdown-mode))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(argdown-mode . ("warrant" "lsp"))))
(add-hook 'argdown-mode-hook #'eglot-ensure)

;;; warrant.el ends here
