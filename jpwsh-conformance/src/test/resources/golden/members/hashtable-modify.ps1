# Assigning to a new key adds it, Remove drops one, and dot notation adds keys too.
$h = @{}
$h['x'] = 1
$h.y = 2
$h.Count
$h.Remove('x')
$h.ContainsKey('x')
$h.y
$null -eq $h['missing']
