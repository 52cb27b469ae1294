# CheckRestrictedLanguage reports each break at its place in the script file, as the script's own parse errors are
$sb = {
    2 + $a
}
try { $sb.CheckRestrictedLanguage($null, $null, $false) } catch { $_.Exception.InnerException.Message }
$two = { Get-Date; $x }
try { $two.CheckRestrictedLanguage([string[]]@('Get-Process'), $null, $false) } catch {
    $_.Exception.InnerException.Message.Split("`n") | Where-Object { $_ -like 'At *' }
}
function Get-Checked { $env:HOME; $y }
try { ${function:Get-Checked}.CheckRestrictedLanguage($null, [string[]]@('y'), $false) } catch {
    $_.Exception.InnerException.Message.Split("`n")[0]
}
try { ([scriptblock]::Create("1`n + `$b")).CheckRestrictedLanguage($null, $null, $false) } catch {
    $_.Exception.InnerException.Message.Split("`n")[0..2]
}
