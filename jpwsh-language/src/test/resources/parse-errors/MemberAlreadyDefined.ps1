class Point { [int]$X }
class Point { [int]$Y }
