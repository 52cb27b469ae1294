# Malformed XML cast to [xml] fails with InvalidCastToXmlDocument and .NET's XmlException text; external entities are never read
foreach ($t in '<a>', '<a><b></a>', 'hello', '', '<a/><b/>', "<a>`n  <b>", '<a>&undefined;</a>') {
    try { $null = [xml]$t; "ok: $t" } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.Exception.InnerException.GetType().FullName }
}
try { $d = New-Object System.Xml.XmlDocument; $d.LoadXml('<x>') } catch { $_.Exception.Message }
$xxe = @'
<?xml version="1.0"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY int "internal"> ]>
<foo><a>&xxe;</a><b>&int;</b></foo>
'@
$d = [xml]$xxe
"[$($d.DocumentElement.a)] [$($d.DocumentElement.b)]"
$d.DocumentElement.InnerText.Contains('root:')
[xml]('<r>', '<i>1</i>', '</r>') | ForEach-Object { $_.r.i }
