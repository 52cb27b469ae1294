# ConvertFrom-StringData reads name=value lines into a hashtable: comments and blank lines skipped, both sides trimmed, escapes resolved
$h = ConvertFrom-StringData @'
# a comment line

name = value one
 path = c:\\temp\\file.txt
escaped = one\ntwo\tthree\u0041\x42
Spaced=   padded value   
'@
$h -is [hashtable]
$h.Count
$h.name
$h.path
$h.escaped
"[$($h.SPACED)]"
'--- -Delimiter and pipeline input'
(ConvertFrom-StringData 'port:8080' -Delimiter ':').port
(ConvertFrom-StringData -StringData 'k - v' -Delimiter '-').k
'a=1', 'b=2' | ConvertFrom-StringData | ForEach-Object { $_.Keys }
(ConvertFrom-StringData '').Count
'--- only the first delimiter splits'
(ConvertFrom-StringData 'url = http://x/?a=b').url
