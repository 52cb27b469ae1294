# An integer literal takes the first of int, long, decimal that holds it; suffixes choose the type.
(42).GetType().Name
(3000000000).GetType().Name
(100000000000000000000).GetType().Name
(1e3).GetType().Name
(10L).GetType().Name
(1.5d).GetType().Name
(5n).GetType().Name
(1kb).GetType().Name
(0xFF).GetType().Name
