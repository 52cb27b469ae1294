# Select-Xml over nodes, text and namespaces gives SelectXmlInfo objects (Node, Path, Pattern); a bad XPath stops it
$x = [xml]'<r><i id="1">a</i><i id="2">b</i></r>'
Select-Xml -Xml $x -XPath '//i' | ForEach-Object { "$($_.Node.id) $($_.Path) $($_.Pattern) [$_]" }
(Select-Xml -Xml $x -XPath '//i')[0].GetType().FullName
$x | Select-Xml '//i[@id=2]' | ForEach-Object { $_.Node.InnerText }
Select-Xml -Content '<a><b>1</b><b>2</b></a>' -XPath '/a/b' | ForEach-Object ToString
'<a><b>3</b></a>' | Select-Xml -XPath '//b' | ForEach-Object { $_.Node.'#text' }
Select-Xml -Content '<a xmlns="urn:x"><b>1</b></a>' -XPath '//x:b' -Namespace @{ x = 'urn:x' } | ForEach-Object { $_.Node.'#text' }
Select-Xml -Xml $x -XPath '//i/@id' | ForEach-Object { "$($_.Node.NodeType) $_" }
(Select-Xml -Xml $x -XPath '//none' | Measure-Object).Count
try { Select-Xml -Xml $x -XPath '//[' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Select-Xml -Content '<a>' -XPath '/a' 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId; $_.Exception.Message }
'after'
