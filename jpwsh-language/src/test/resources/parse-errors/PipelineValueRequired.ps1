$color = 'red'
switch {
    'red' { 'stop' }
    default { 'go' }
}
