1kb
2mb
3gb
1tb
1pb
1.5kb
2lkb
