class Point {
    [int]$X
    [int]$Y
