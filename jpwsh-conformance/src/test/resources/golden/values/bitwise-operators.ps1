# The bitwise operators and shifts work on integers.
5 -band 3
5 -bor 3
5 -bxor 3
-bnot 5
1 -shl 4
-16 -shr 2
