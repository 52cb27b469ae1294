# $? is read before ?? and ??= ($???$false, $???=$false), and assigning to it fails as a read-only variable
$sb = { $???=$false }
$sb.ToString()
& $sb
$? -eq $true
$???$false
Write-Error 'failed' -ErrorAction SilentlyContinue
$???'unused'
try { $? = 1 } catch { "$($_.FullyQualifiedErrorId): $_" }
$nc = $null
${nc}?.Length -eq $null
