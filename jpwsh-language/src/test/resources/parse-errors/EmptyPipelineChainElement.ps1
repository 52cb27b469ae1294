$dir = './out'
if (Test-Path $dir &&) {
    'exists'
}
