# A text/html response's Links, Images and InputFields are found as pwsh finds them, each attribute a property
#! args: @WEBSERVER@
param($Base)
$r = Invoke-WebRequest "$Base/html"
$r.Links.Count
$r.Links | ForEach-Object { "$($_.tagName) $($_.href) [$($_.class)] $($_.outerHTML)" }
$r.Images[0].src + ' ' + $r.Images[0].alt + ' ' + $r.Images[0].tagName
$r.InputFields[0].name + '=' + $r.InputFields[0].value + ' ' + $r.InputFields[0].type
$l = Invoke-WebRequest "$Base/latin1"
$l.Content
$l.Encoding.WebName
$l.RawContentLength
$h = Invoke-WebRequest "$Base/headers"
$h.Headers['X-Multi'] -join '|'
$h.RelationLink.Count
$h.RelationLink['next'].Replace($Base, 'BASE')
$h.RelationLink.last.Replace($Base, 'BASE')
$null = Invoke-RestMethod "$Base/headers" -ResponseHeadersVariable rh
$rh.GetType().Name
$rh['x-multi'].Count
