$count = 7
if ($count -gt 5 {
    'big'
}
