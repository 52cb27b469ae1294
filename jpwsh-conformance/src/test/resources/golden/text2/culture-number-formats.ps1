# Numbers formatted with a culture: ToString(format, culture) uses the culture's separators, currency and percent patterns and symbols (.NET's ICU values on Linux), and its NumberFormat shows them
$cultures = [cultureinfo]::InvariantCulture, [cultureinfo]'en-US', [cultureinfo]'de-DE', [cultureinfo]'fr-FR', [cultureinfo]'ja-JP'
foreach ($c in $cultures) {
    $n = $c.NumberFormat
    "[{0}] decimal '{1}' group U+{2:X4} currency '{3}' percent '{4}' negative '{5}' patterns {6}/{7} {8}/{9} digits {10}" -f $c.Name,
        $n.NumberDecimalSeparator, [int][char]$n.NumberGroupSeparator, $n.CurrencySymbol, $n.PercentSymbol, $n.NegativeSign,
        $n.CurrencyPositivePattern, $n.CurrencyNegativePattern, $n.PercentPositivePattern, $n.PercentNegativePattern, $n.CurrencyDecimalDigits
    '  N2 {0} | N0 {1} | F3 {2} | E2 {3} | G {4}' -f (1234567.891).ToString('N2', $c), (-9876.5).ToString('N0', $c),
        (2.5).ToString('F3', $c), (-12345.678).ToString('E2', $c), (0.25).ToString('G', $c)
    '  C {0} | C neg {1} | P {2} | P neg {3}' -f (1234.5).ToString('C', $c), (-1234.5).ToString('C', $c),
        (0.1234).ToString('P1', $c), (-0.5).ToString('P0', $c)
    '  custom {0} | {1} | {2}' -f (1234.5).ToString('#,##0.00', $c), (0.256).ToString('0.0%', $c), (-3.5).ToString('0.00;(0.00)', $c)
    '  D5 {0} | X {1} | plain {2}' -f (-42).ToString('D5', $c), (255).ToString('X4', $c), (1.5).ToString($c)
}
(1234.5).ToString('N2', [cultureinfo]'de-DE').Length
[double]::PositiveInfinity.ToString([cultureinfo]'en-US')
[double]::NaN.ToString('N2', [cultureinfo]'de-DE')
[double]::NegativeInfinity.ToString([cultureinfo]::InvariantCulture)
(1.5).ToString('N2x', [cultureinfo]'de-DE')
([double]::MinValue -lt -1e308) -and ([double]::Epsilon -gt 0) -and ([double]::Epsilon / 2 -eq 0)
'{0} | {1} | {2} | {3}' -f (1/3).ToString(), ('{0}' -f (1/3)), "$(1/3)", [string](0.1 + 0.2)
