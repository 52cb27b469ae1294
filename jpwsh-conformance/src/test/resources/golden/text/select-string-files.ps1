# Select-String on files: path:line:text, relative paths, wildcards, -Include/-Exclude, -List, -Quiet, -LiteralPath, piped FileInfo, -Context
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory $dir
Set-Content "$dir/a.txt" "one apple", "two banana", "three cherry", "four apple pie", "five"
Set-Content "$dir/b.log" "apple log"
[System.IO.File]::WriteAllText("$dir/c[1].txt", "bracket apple")
Select-String apple "$dir/a.txt" | ForEach-Object { $_.ToString($dir) }
(Select-String apple "$dir/a.txt")[0].ToString() -eq "$dir/a.txt:1:one apple"
Select-String apple "$dir/*" | ForEach-Object { $_.RelativePath($dir) + ':' + $_.LineNumber }
Select-String apple "$dir/*" -Include *.log | ForEach-Object Line
Select-String apple "$dir/*" -Exclude *.log, *].txt | ForEach-Object Filename
Select-String apple "$dir/*.txt" -List | ForEach-Object { $_.Filename + ':' + $_.LineNumber }
Select-String banana "$dir/*" -Quiet
Select-String nothing "$dir/*" -Quiet
Select-String apple -LiteralPath "$dir/c[1].txt" | ForEach-Object Line
Get-ChildItem $dir -Filter a.txt | Select-String 'two' | ForEach-Object { $_.Filename + ':' + $_.Line }
Select-String 'APPLE PIE' "$dir/a.txt" -SimpleMatch | ForEach-Object LineNumber
Select-String apple "$dir/a.txt" -CaseSensitive -Raw
Select-String cherry "$dir/a.txt" -Context 1, 2 | ForEach-Object { $_.ToString($dir) }
$m = Select-String cherry "$dir/a.txt" -Context 1
$m.Context.PreContext -join '|'
$m.Context.PostContext -join '|'
$m.Context.DisplayPreContext.Count
Select-String 'apple|cherry' "$dir/a.txt" -Context 1 | ForEach-Object { $_.ToString($dir); '--' }
Select-String 'e' "$dir/a.txt" -Context 0, 1 -Raw
if ($dir) { Remove-Item -Recurse -Force $dir }
