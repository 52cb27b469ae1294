# An ordered dictionary prints its entries in insertion order, values left-aligned.
[ordered]
@{ Zeta = 1; Alpha = 'two';  Mid = $true }
