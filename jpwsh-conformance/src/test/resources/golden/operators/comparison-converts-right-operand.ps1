# A comparison converts its right operand to the left operand's type (a number to a DateTime, TimeSpan, Version or char, text to an enum), and an ordering operator fails when it cannot; null against a number compares with the number's sign
$d = [datetime]"2020-01-01"
"datetime gt ticks: $($d -gt 5)"
"datetime eq text: $($d -eq '2020-01-01')"
"timespan gt ticks: $([timespan]'00:01:00' -gt 30)"
"version eq double: $([version]'1.2' -eq 1.2)"
"version gt double: $([version]'1.10' -gt 1.9)"
"enum eq name: $([DayOfWeek]::Monday -eq 'monday')"
"enum lt name: $([DayOfWeek]::Monday -lt 'Tuesday')"
"enum eq number: $([DayOfWeek]::Monday -eq 1)"
"enum eq unknown name: $([DayOfWeek]::Monday -eq 'xx')"
"bool eq text: $($true -eq 'false') $($false -eq '') $($true -eq 0)"
"char eq code: $([char]'a' -eq 97) $([char]'A' -eq 'a') $([char]'a' -ceq 'A') $([char]'b' -gt 97)"
"null and numbers: $($null -lt -1) $(-1 -gt $null) $($null -lt 1) $(0 -ge $null) $($null -gt 'a') $('a' -gt $null)"
"contains converts to the element: $([version[]]('1.5', '2.0') -contains 1.5) $(1.5 -in [version[]]('1.5'))"
"in compares element first: $($d -in '2020-01-01', 'x')"
try { $d -lt 'xx' } catch { "datetime lt: $($_.Exception.Message)" }
try { [DayOfWeek]::Monday -lt 'xx' } catch { "enum lt: $($_.Exception.Message)" }
try { 5 -gt 'abc' } catch { "int gt: $($_.Exception.Message)" }
"int eq text: $(5 -eq 'abc')"
