# Integer arithmetic that overflows its type gives a double instead of wrapping.
$x = [int]::MaxValue + 1
$x
$x.GetType().Name
(256mb * 256mb).GetType().Name
([int]::MinValue - 1).GetType().Name
[long]::MaxValue + 1
