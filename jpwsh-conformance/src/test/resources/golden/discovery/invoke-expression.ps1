# Invoke-Expression runs text in the caller's scope and reports text that does not parse as a ParseException
$x = 1
Invoke-Expression '$x = 2; "inside $x"'
"after $x"
function Set-Inner { Invoke-Expression '$y = 5'; "in function: $y" }
Set-Inner
"outside: [$y]"
iex -Command '1..3 | ForEach-Object { $_ * 2 }'
'Get-Date -Year 2020 -Month 1 -Day 2 -Format yyyy' | Invoke-Expression
$r = iex '@{ a = 1 }'
$r.GetType().FullName
try { Invoke-Expression '1 +' } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category.ToString()
    $_.Exception.GetType().FullName
    $_.Exception.Message
}
try { Invoke-Expression "'a'`n  `$x = 1 +" } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
try { iex 'throw "boom"' } catch { 'thrown: ' + $_.Exception.Message }
iex 'Write-Error "soft"' -ErrorAction SilentlyContinue -ErrorVariable ev
$ev.Count
try { Invoke-Expression } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
