# An inexact integer division gives a double, which [int] rounds half to even.
[int](5 / 2)
[int](7 / 2)
[int](9 / 4)
