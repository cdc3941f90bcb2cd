-- warrant's language server for Argdown files in Neovim (0.7 or later).
-- Put this file in ~/.config/nvim/plugin/ (or require it from init.lua).
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = { '*.argdown', '*.ad' },
  command = 'setfiletype argdown',
})

-- Essays (.txt, Markdown without Argdown) and Markdown notes with ```argdown blocks are read
-- too when `vim.g.warrant_prose = true` (set it in init.lua): findings on the essay's
-- sentences, hover on a sentence, and a code action that drafts the essay's map beside it.
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'argdown', 'markdown', 'text' },
  callback = function(args)
    if vim.bo[args.buf].filetype ~= 'argdown' and not vim.g.warrant_prose then return end
    local root = vim.fs and vim.fs.dirname(vim.api.nvim_buf_get_name(args.buf)) or vim.fn.getcwd()
    local client_id = vim.lsp.start_client({
      name = 'warrant',
      cmd = { 'warrant', 'lsp' },
      root_dir = root,
    })
    if client_id then vim.lsp.buf_attach_client(args.buf, client_id) end
  end,
})

-- Neovim 0.10 and later can say the same in one call instead:
--   vim.lsp.start({ name = 'warrant', cmd = { 'warrant', 'lsp' } })
