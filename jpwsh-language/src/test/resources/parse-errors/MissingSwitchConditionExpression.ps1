$mode = 'fast'
switch ($mode) {
}
