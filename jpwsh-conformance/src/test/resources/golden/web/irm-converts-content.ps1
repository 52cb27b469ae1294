# Invoke-RestMethod reads JSON (as one object, an array not enumerated), XML as an XmlDocument, other text as a string
#! args: @WEBSERVER@
param($Base)
$j = Invoke-RestMethod "$Base/json"
$j.GetType().Name
"$($j.name) $($j.tags -join '+') $($j.nested.n) $($j.nested.ok)"
(irm "$Base/json-array" | Measure-Object).Count
(irm "$Base/json-array").Count
$x = irm "$Base/xml"
$x.GetType().FullName
$x.root.item[1].id + '=' + $x.root.item[1].'#text'
$t = irm "$Base/text"
$t.GetType().Name
$t
irm "$Base/text/42" | ForEach-Object { $_.GetType().Name + ' ' + $_ }
$empty = irm "$Base/empty"
"[$empty] $($null -eq $empty) $($empty.GetType().Name)"
$null -eq (irm "$Base/text/null")
