# -as converts when it can and gives $null instead of an error when it cannot.
'42' -as [int]
$null -eq ('abc' -as [int])
'3.7' -as [int]
(1 -as [string]).GetType().Name
'0x10' -as [int]
