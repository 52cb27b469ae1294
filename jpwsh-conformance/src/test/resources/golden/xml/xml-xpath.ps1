# SelectNodes/SelectSingleNode with XPath and XmlNamespaceManager, and .NET's XPathException messages for bad queries
$x = [xml]'<r xmlns="urn:a" xmlns:p="urn:p"><p:i n="1"/><i n="2"/><i n="3">t</i></r>'
$ns = New-Object System.Xml.XmlNamespaceManager $x.NameTable
$ns.AddNamespace('a', 'urn:a')
$ns.AddNamespace('p', 'urn:p')
$x.SelectNodes('//a:i', $ns).Count
($x.SelectNodes('//a:i', $ns) | ForEach-Object { $_.n }) -join ','
$x.SelectSingleNode('//p:i', $ns).n
$x.SelectSingleNode('//a:i[@n=3]/text()', $ns).Value
$x.SelectNodes('//a:i/@n', $ns).Count
$x.SelectNodes('//i').Count
$null -eq $x.SelectSingleNode('//nothing')
$ns.LookupNamespace('p')
$plain = [xml]'<r><i n="1"/><i n="2"/></r>'
$plain.SelectNodes('/r/i[last()]').Count
$plain.SelectSingleNode('/r/i[last()]').n
$plain.r.SelectNodes('i').Count
try { $x.SelectNodes('//p:i') } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { $plain.SelectNodes('//[') } catch { $_.Exception.Message }
try { $plain.SelectNodes('count(//i)') } catch { $_.Exception.Message }
try { $x.SelectNodes('//q:i', $ns) } catch { $_.Exception.Message }
try { $plain.SelectNodes('') } catch { $_.Exception.InnerException.GetType().FullName }
