if ($a) { 1 }
if ($a -eq 1) { 'one' } elseif ($a -eq 2) { 'two' } else { 'many' }
if ($x = Get-Thing) {
    $x
}
elseif (-not $y)
{
    'y'
}
else
{
    'none'
}
