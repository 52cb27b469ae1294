$ok = $false
if ($ok) {
    'yes'
}
else
    'no'
