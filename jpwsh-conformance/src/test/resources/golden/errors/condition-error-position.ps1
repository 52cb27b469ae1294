# An error raised in the condition of an if, elseif, while, do or for that is a lone expression is reported at the condition, which pwsh gives a position of its own, not at the whole statement.
$x = 5
if ($x -gt 1 -and [int]::Parse('z')) { 'then' }
if ($false) { } elseif ([int]::Parse('y')) { 'elseif' }
while ([int]::Parse('q')) { 'loop' }
do { 'once' } while ($null.Missing())
for ($i = 0; 1 / $i; $i++) { 'for' }
'done'
