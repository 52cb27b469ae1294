# Copy-Item -ToSession and -FromSession over a session to this process's own pipe carry a file of several chunks (2.7 MB) byte for byte, and an empty file
#! timeout: 40
$rs = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($PID))
$rs.Open()
$s = [System.Management.Automation.Runspaces.PSSession]::Create($rs, $null, $null)
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ('copy-chunks-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory $dir
$bytes = [System.Text.Encoding]::UTF8.GetBytes(((1..400000) -join ","))
[System.IO.File]::WriteAllBytes("$dir/big.bin", $bytes)
$null = New-Item -ItemType File "$dir/empty.txt"
Copy-Item "$dir/big.bin" -Destination "$dir/to.bin" -ToSession $s
Copy-Item "$dir/to.bin" -Destination "$dir/back.bin" -FromSession $s
Copy-Item "$dir/empty.txt" -Destination "$dir/empty-to.txt" -ToSession $s
Copy-Item "$dir/empty-to.txt" -Destination "$dir/empty-back.txt" -FromSession $s
$hash = (Get-FileHash "$dir/big.bin").Hash
(Get-FileHash "$dir/to.bin").Hash -eq $hash
(Get-FileHash "$dir/back.bin").Hash -eq $hash
(Get-Item "$dir/back.bin").Length
(Get-Item "$dir/empty-to.txt").Length
(Get-Item "$dir/empty-back.txt").Length
$rs.Close()
Remove-Item $dir -Recurse
