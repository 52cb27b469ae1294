# ConvertFrom-Json -DateKind: Default keeps the kind the text says, Local and Utc convert, String keeps the text
$json = '{"utc": "2024-03-04T05:06:07Z", "plain": "2024-03-04T05:06:07"}'
foreach ($kind in 'Default', 'Utc', 'String') {
    $o = $json | ConvertFrom-Json -DateKind $kind
    '{0}: {1} {2} | {3} {4}' -f $kind, $o.utc.GetType().Name, $o.utc.Kind, $o.plain.GetType().Name, $o.plain.Kind
}
($json | ConvertFrom-Json -DateKind Utc).utc.ToString('yyyy-MM-dd HH:mm:ss')
($json | ConvertFrom-Json -DateKind Local).plain.Kind
($json | ConvertFrom-Json -DateKind String).utc
