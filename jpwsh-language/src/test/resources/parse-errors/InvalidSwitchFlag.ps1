$name = 'Alpha'
switch -CaseSensitve ($name) {
    'alpha' { 'lower' }
    'Alpha' { 'title' }
}
