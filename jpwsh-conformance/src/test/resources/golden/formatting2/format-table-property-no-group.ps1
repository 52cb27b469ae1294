# Format-Table with -Property lays out the properties asked for without the type's view, so file items lose the view's "Directory:" group header that the default table shows
$dir = Join-Path ([System.IO.Path]::GetTempPath()) "ft-property-$PID"
New-Item -ItemType Directory $dir | Out-Null
Set-Content (Join-Path $dir 'a.txt') 'x'
Set-Content (Join-Path $dir 'b.txt') 'y'
Get-ChildItem $dir | Format-Table Name
$default = Get-ChildItem $dir | Format-Table | Out-String
$default -match "Directory: $([regex]::Escape($dir))"
Remove-Item $dir -Recurse
