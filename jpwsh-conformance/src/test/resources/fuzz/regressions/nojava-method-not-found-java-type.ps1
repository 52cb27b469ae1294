# Unsigned operands compute in their unsigned type; a result outside it becomes a double.
$max = [uint64]::MaxValue
$max
($max - 1).GetType().Name([uint64]5 - 7).GetType().Name
[uint64]5 - 7
([uint32]7 * 3).GetType().Name
([int]5 + [uint32]4).GetType().Name
([uint32]4000000000 + [uint32]4000000000).GetType().Name
[uint32]4000000000  + [uint32]4000000000
([uint64]10 / 5).GetType().Name
[uint64]10 / 4
[uint16]::MaxValue + 1
