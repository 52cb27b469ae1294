# [xml] and PowerShell's XML adapter: child elements and attributes as properties, text-only elements as strings, repeated names as arrays, assignment
$x = [xml]@'
<?xml version="1.0" encoding="utf-8"?>
<root version="2">
  <item id="1"><name>first</name><tags><tag>a</tag><tag>b</tag></tags></item>
  <item id="2"><name>second</name></item>
  <!-- note -->
  <empty />
  <mixed lang="en">text</mixed>
</root>
'@
$x.GetType().FullName
$x.root.GetType().FullName
$x.root.version
$x.root.item.Count
$x.root.item[0].name
$x.root.item[1].id
$x.root.item[0].tags.tag -join ','
$x.root.item.name -join ','
$x.xml
"[$($x.root.'#comment')]"
"[$($x.root.empty)]"
$x.root.mixed.GetType().Name
$x.root.mixed.'#text'
$x.root.mixed.lang
"$x|$($x.root)|$($x.root.item[0])"
$x.root.ITEM[0].NAME
$x.DocumentElement.Name
$x.root.item[0].Name
$x.root.item[1].name = 'changed'
$x.root.item[1].name
$x.root.version = 3
$x.root.GetAttribute('version')
$x.root.mixed.'#text' = 'new text'
$x.root.mixed.OuterXml
try { $x.root.item = 'x' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$x.root.nothing -eq $null
$x.root.ChildNodes.Count
($x.root.ChildNodes | ForEach-Object { $_.LocalName }) -join ','
$x.root.item[0]['tags'].OuterXml
