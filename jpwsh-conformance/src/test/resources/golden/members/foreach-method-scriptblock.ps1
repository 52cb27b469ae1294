# .ForEach() runs a scriptblock for each element, with the element in $_.
(1..3).ForEach({ $_ * 2 }) -join ','
(1..3).ForEach{ "n$_" } -join ','
(5).ForEach({ $_ + 1 })
@().ForEach({ 'never' }).Count
