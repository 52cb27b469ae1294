$ready = $true
if $ready {
    'go'
}
