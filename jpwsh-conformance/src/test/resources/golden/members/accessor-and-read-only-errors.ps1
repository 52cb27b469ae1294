# An error in a script property's getter or setter is pwsh's GetValueInvocationException or SetValueInvocationException around it ("Exception getting "P": ..."), and setting a property that has only a getter is "'Name' is a ReadOnly property."
$o = [pscustomobject]@{ A = 1 }
$o | Add-Member -MemberType ScriptProperty -Name P -Value { throw 'no value' }
$o | Add-Member -MemberType ScriptProperty -Name Q -Value { 1 } -SecondValue { throw "refused $args" }
try { $o.P } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.Exception.GetType().FullName; $_.Exception.InnerException.Message }
try { $o.Q = 3 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.Exception.GetType().FullName }
$date = Get-Date -Year 2020 -Month 1 -Day 2
try { $date.Year = 5 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { $o.Missing = 1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
