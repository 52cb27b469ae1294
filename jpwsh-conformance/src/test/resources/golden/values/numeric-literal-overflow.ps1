# Numeric literals beyond their type: a real overflows to infinity (double.TryParse), a suffix or multiplier out of range is BadNumericConstant
1e99999999999 -gt [double]::MaxValue
1e99999999999 -eq 1e400
(1e400).GetType().Name
-1e309 -lt [double]::MinValue
1e-99999999999
9999999999999999999999999999d
(9999999999999999999999999999d).GetType().Name
1.5l
2.5l
0x7FFFFFFFkb
1e308kb -eq 1e400
foreach ($text in '1e400d', '1e99999999999l', '1e400n', '0x1FFFFFFFFFFFFFFFF', '99999999999999999999999999999d', '9223372036854775807lkb') {
    try {
        $null = [scriptblock]::Create($text)
        'parsed'
    } catch {
        $_.Exception.Message
    }
}
