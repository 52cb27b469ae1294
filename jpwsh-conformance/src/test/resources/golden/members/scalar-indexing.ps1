# Indexing a scalar with 0 or -1 gives the scalar; other indexes give $null.
(7)[0]
(7)[-1]
$null -eq (7)[1]
$x = 'word'
$x[0]
