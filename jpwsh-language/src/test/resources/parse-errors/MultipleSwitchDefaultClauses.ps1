$code = 3
switch ($code) {
    0 { 'ok' }
    default { 'unknown' }
    default { 'other' }
}
