# MinValue divided by or multiplied by -1, and negated, does not fit its integer type and widens to double (NumericOps' special cases); its remainder by -1 is 0.
[long]::MinValue / -1
([long]::MinValue / -1).GetType().Name
[int]::MinValue / -1
([int]::MinValue / -1).GetType().Name
[long]::MinValue % -1
[int]::MinValue % -1
-[long]::MinValue
-[int]::MinValue
[long]::MinValue * -1
[int]::MinValue * -1
