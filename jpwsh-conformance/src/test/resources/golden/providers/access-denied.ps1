# A folder without permissions gives UnauthorizedAccess errors with the path, and a recursive walk goes on past it (as root, access checks pass)
$root = Join-Path ([System.IO.Path]::GetTempPath()) ("jpwsh-golden-access-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path "$root/locked", "$root/open"
$null = New-Item -ItemType File -Path "$root/locked/secret.txt", "$root/open/visible.txt", "$root/open/unreadable.txt"
$asRoot = (Get-Item $root).User -eq 'root'
chmod 000 "$root/locked" "$root/open/unreadable.txt"
$errors = @()
$names = Get-ChildItem $root -Recurse -Name -ErrorAction SilentlyContinue -ErrorVariable errors
$names -contains 'open/visible.txt'
if ($asRoot) { 'DirUnauthorizedAccessError,Microsoft.PowerShell.Commands.GetChildItemCommand' }
else { $errors[0].FullyQualifiedErrorId }
try { $null = Get-Content "$root/open/unreadable.txt" -ErrorAction Stop; if ($asRoot) { 'denied or root' } }
catch {
    if ($_.FullyQualifiedErrorId -eq 'GetContentReaderUnauthorizedAccessError,Microsoft.PowerShell.Commands.GetContentCommand' -and
        $_.Exception.Message -like "Access to the path '*unreadable.txt' is denied.") { 'denied or root' }
}
chmod 755 "$root/locked"
Remove-Item $root -Recurse
Test-Path $root
