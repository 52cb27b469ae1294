# The kb, mb, gb, tb and pb multipliers scale a literal by powers of 1024.
1kb
2mb
1gb
(1tb).GetType().Name
1.5kb
