# [System.Management.Automation.LanguagePrimitives]: ConvertTo, TryConvertTo, Compare, TryCompare, Equals, IsTrue, IsObjectEnumerable
$lp = [System.Management.Automation.LanguagePrimitives]
$lp::ConvertTo('42', [int]).GetType().Name
$lp::ConvertTo(@(1, '2'), [System.Collections.Generic.List[int]])[1].GetType().Name
$r = $null
"try int from text: $($lp::TryConvertTo('x', [int], [ref]$r)) $r"
"try compare: $($lp::TryCompare(1, '1', [ref]$r)) $r"
"try compare fails: $($lp::TryCompare(1, [datetime]::Now, [ref]$r))"
"strings: $($lp::Compare('bbb', 'aaa')) $($lp::Compare('AAA', 'aaa', $true)) null: $($lp::Compare($null, 10)) $($lp::Compare(10, $null))"
"equals: $($lp::Equals('a', 'A')) $($lp::Equals('a', 'A', $true)) $($lp::Equals(1, '1'))"
"truth: $($lp::IsTrue(@())) $($lp::IsTrue(@(0, 0))) $($lp::IsTrue('False'))"
"enumerable: $($lp::IsObjectEnumerable(@{a=1})) $($lp::IsObjectEnumerable((1, 2)))"
try { $lp::Compare(1, [datetime]::Now) } catch { $_.Exception.GetType().Name }
