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
    -- One server a buffer: 'filetype' set again (`:setfiletype`, a modeline) starts no second
    -- one, which would report every finding twice.
    local running = vim.b[args.buf].warrant_client and vim.lsp.get_client_by_id(vim.b[args.buf].warrant_client)
    if running and not running.is_stopped() then return end
    local root = vim.fs and vim.fs.dirname(vim.api.nvim_buf_get_name(args.buf)) or vim.fn.getcwd()
    local client_id = vim.lsp.start_client({
      name = 'warrant',
      cmd = { 'warrant', 'lsp' },
      root_dir = root,
    })
    if client_id then
      vim.b[args.buf].warrant_client = client_id
      vim.lsp.buf_attach_client(args.buf, client_id)
    end
  end,
})

-- Neovim 0.10 and later can say the same in one call instead:
--   vim.lsp.start({ name = 'warrant', cmd = { 'warrant', 'lsp' } })

-- :WarrantPreview serves the current map's live report (`warrant watch FILE --serve`) and opens
-- it in the browser: each save updates the page in place, keeping its zoom, scroll and open
-- node. :WarrantPreviewStop (or leaving Neovim) stops the server. The browser is
-- g:warrant_browser if set (a command that takes the URL), else xdg-open (open on macOS).
local previews = {}  -- buffer number -> { job = id, url = string or nil }

local function open_in_browser(url)
  local browser = vim.g.warrant_browser
  if not browser or browser == '' then browser = vim.fn.has('mac') == 1 and 'open' or 'xdg-open' end
  vim.fn.jobstart({ browser, url }, { detach = true })
end

vim.api.nvim_create_user_command('WarrantPreview', function()
  local buf = vim.api.nvim_get_current_buf()
  local preview = previews[buf]
  if preview then
    if preview.url then open_in_browser(preview.url) end
    return
  end
  local file = vim.api.nvim_buf_get_name(buf)
  if file == '' then
    vim.notify('warrant: save the map to a file first', vim.log.levels.WARN)
    return
  end
  preview = {}
  previews[buf] = preview
  preview.job = vim.fn.jobstart({ 'warrant', 'watch', file, '--serve' }, {
    on_stdout = function(_, lines)
      for _, line in ipairs(lines) do
        if not preview.url and line:match('^http://127%.0%.0%.1:%d+/%?token=%x+$') then
          preview.url = line
          open_in_browser(line)
        end
      end
    end,
    on_exit = function() if previews[buf] == preview then previews[buf] = nil end end,
  })
  if preview.job <= 0 then
    previews[buf] = nil
    vim.notify('warrant: could not start `warrant watch` (is warrant on PATH?)', vim.log.levels.ERROR)
  end
end, { desc = "Open the map's live report in the browser" })

local function stop_previews(buf)
  for b, preview in pairs(previews) do
    if buf == nil or b == buf then vim.fn.jobstop(preview.job) end
  end
end

vim.api.nvim_create_user_command('WarrantPreviewStop', function() stop_previews(vim.api.nvim_get_current_buf()) end,
  { desc = "Stop the map's live report server" })
vim.api.nvim_create_autocmd('VimLeavePre', { callback = function() stop_previews(nil) end })
