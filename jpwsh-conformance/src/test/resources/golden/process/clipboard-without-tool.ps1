# Get-Clipboard and Set-Clipboard need a clipboard tool (wl-clipboard, xclip or xsel); where the session's PATH has
# none, each says so in a ClipboardToolNotFound error instead of failing silently.
$saved = $env:PATH
$env:PATH = '/nonexistent-jpwsh-dir'
try { Get-Clipboard } catch { "$($_.FullyQualifiedErrorId): $_" }
try { 'text' | Set-Clipboard } catch { "$($_.FullyQualifiedErrorId)" }
try { gcb -Raw } catch { "alias: $($_.FullyQualifiedErrorId)" }
$env:PATH = $saved
