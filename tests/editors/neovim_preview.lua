-- :WarrantPreview from the shipped editors/neovim/warrant.lua, headless (run by neovim_preview.sh):
-- the served preview's address reaches the browser command, the page answers with the report,
-- and :WarrantPreviewStop ends the server.
local work = os.getenv('WORK_DIR')
local failures = 0
local function check(condition, what)
  print((condition and 'ok   ' or 'FAIL ') .. what)
  if not condition then failures = failures + 1 end
end
local function finish()
  vim.cmd((failures == 0 and 'qall!' or 'cquit!'))
end

vim.g.warrant_browser = work .. '/bin/record-url'
vim.cmd('edit ' .. work .. '/map.argdown')
vim.cmd('WarrantPreview')
local url_file = work .. '/opened-url'
local opened = vim.wait(20000, function() return vim.fn.filereadable(url_file) == 1 and #vim.fn.readfile(url_file) > 0 end, 100)
check(opened, 'the browser command was given the address')
if not opened then return finish() end
local url = vim.fn.readfile(url_file)[1]
check(url:match('^http://127%.0%.0%.1:%d+/%?token=%x+$') ~= nil, 'the address is on 127.0.0.1 with a token: ' .. url:gsub('token=.*', 'token=…'))
local page = ''
vim.wait(20000, function()
  page = vim.fn.system({ 'curl', '-s', url })
  return page:find('Utopias fail', 1, true) ~= nil
end, 200)
check(page:find('id="warrant-live"', 1, true) ~= nil, 'the page is the live report')
check(page:find('Utopias fail', 1, true) ~= nil, "the page shows the map's thesis")
local refused = vim.fn.system({ 'curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', (url:gsub('%?token=.*', '')) })
check(refused == '403', 'without the token: ' .. refused)
vim.cmd('WarrantPreviewStop')
local stopped = vim.wait(10000, function()
  return vim.fn.system({ 'curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', url }) == '000'
end, 200)
check(stopped, ':WarrantPreviewStop stops the server')
finish()
