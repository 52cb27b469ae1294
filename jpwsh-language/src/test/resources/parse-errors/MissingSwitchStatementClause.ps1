$mode = 'fast'
switch ($mode) {
    'fast'
    'slow' { 2 }
}
