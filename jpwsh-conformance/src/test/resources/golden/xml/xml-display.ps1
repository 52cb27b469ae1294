# An XML document, element or attribute shows through PowerShell's XML adapter: its attributes and child elements as the properties of a table, a child's text or name as the value; Select-Xml's results as Node, Path, Pattern
$doc = [xml]'<catalog><book id="b1" lang="en"><title>One</title><price>10</price></book><book id="b2"><title>Two</title></book><note/></catalog>'
$doc
'--- an element with repeated children'
$doc.catalog | Format-Table | Out-String -Stream | Where-Object { $_ }
'--- attributes first, then children'
$doc.catalog.book[0] | Format-Table | Out-String -Stream | Where-Object { $_ }
$doc.catalog.book[1] | Format-List | Out-String -Stream | Where-Object { $_ }
'--- Select-Xml results'
Select-Xml -Xml $doc -XPath '//title' | Format-Table | Out-String -Stream | Where-Object { $_ }
(Select-Xml -Xml $doc -XPath '//book' | Select-Object -First 1 | Get-Member -MemberType Property).Name -join ','
