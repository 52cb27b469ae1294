# XmlDocument's DOM members: OuterXml/InnerXml/InnerText, CreateElement, AppendChild, SetAttribute, RemoveChild, Attributes, namespaces on output
$x = [xml]'<root a="1"><item>one</item><item>two &amp; three</item></root>'
$x.OuterXml
$x.root.InnerXml
$x.root.InnerText
$e = $x.CreateElement('extra')
$e.SetAttribute('k', 'v "q"')
$e.InnerText = '<b>'
$null = $x.DocumentElement.AppendChild($e)
$x.root.extra.OuterXml
$x.root.extra.'#text'
$x.root.Attributes.Count
$x.root.Attributes['a'].Value
$x.root.Attributes[0].Name
$x.root.HasAttribute('a')
$x.root.RemoveAttribute('a')
$x.root.HasAttribute('a')
$first = $x.SelectSingleNode('/root/item')
$removed = $x.root.RemoveChild($first)
$removed.OuterXml
$x.root.ChildNodes.Count
$x.root.FirstChild.InnerText
$x.root.LastChild.Name
$x.root.FirstChild.NextSibling.Name
$x.root.FirstChild.ParentNode.Name
$x.root.FirstChild.NodeType
$x.root.FirstChild.FirstChild.NodeType
$x.root.FirstChild.FirstChild.Value
$e2 = $x.CreateElement('child')
$null = $x.root.PrependChild($e2)
$x.root.FirstChild.OuterXml
$x.root.InnerXml = '<n>1</n><n>2</n>'
$x.root.n -join '+'
$d = New-Object System.Xml.XmlDocument
$null = $d.AppendChild($d.CreateXmlDeclaration('1.0', 'utf-8', $null))
$r = $d.AppendChild($d.CreateElement('r'))
$null = $r.AppendChild($d.CreateComment(' c '))
$null = $r.AppendChild($d.CreateCDataSection('a<b'))
$d.OuterXml
$n = [xml]'<r xmlns="urn:a"><i/></r>'
$null = $n.r.AppendChild($n.CreateElement('plain'))
$null = $n.r.AppendChild($n.CreateElement('q', 'urn:a'))
$n.OuterXml
$n.r.NamespaceURI
$c = $x.root.CloneNode($true)
$c.OuterXml -eq $x.root.OuterXml
$x.root -eq $x.DocumentElement
