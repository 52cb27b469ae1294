# The remainder takes the sign of the dividend and works on doubles too.
7 % 3
-7 % 3
7 % -3
7.5 % 2
