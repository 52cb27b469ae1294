$a -band 0xF -bor 1 -bxor 2
-bnot $a
1 -shl 3 -shr 1
-not $a
!$a
