# ConvertFrom-StringData stops at a line without the delimiter and at a name defined twice (names compare without case)
foreach ($text in 'no delimiter here', '=starts with it', "a = 1`nA = 2") {
    try { ConvertFrom-StringData $text } catch {
        $_.FullyQualifiedErrorId
        $_.CategoryInfo.Category
        $_.Exception.Message
    }
}
'--- the error stops the command after what it wrote'
$out = try { 'ok=1', 'bad' | ConvertFrom-StringData } catch { 'stopped' }
$out.Count
$out[0].ok
$out[1]
