# CLIXML: a Uri is written as a URI primitive and comes back a System.Uri; an enum comes back as its number that shows its name; notes on a primitive come back
$uri = [uri]'http://example.com/path/file.txt?q=1#frag'
$xml = [System.Management.Automation.PSSerializer]::Serialize($uri)
$xml
$back = [System.Management.Automation.PSSerializer]::Deserialize($xml)
$back.GetType().FullName
$back.Host, $back.AbsolutePath, $back.Query, $back.Fragment -join '|'
$back -eq $uri
'--- enum'
$day = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize([System.DayOfWeek]::Friday))
$day.GetType().FullName
"$day"
$day.ToString()
$day
$day + 1
$day -eq 5
$day.PSTypeNames[0]
$day.PSTypeNames -contains 'Deserialized.System.Enum'
'--- the enum inside an object'
$obj = [pscustomobject]@{ Day = [System.DayOfWeek]::Sunday; Count = 3 }
$copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($obj))
"$($copy.Day) $([int]$copy.Day) $($copy.Count)"
'--- a cast takes the number out'
$plain = [int]$day
"$plain"
'--- a plain 5 is untouched'
$five = 5; "$five"
'--- notes on a string'
$text = 'hello' | Add-Member -NotePropertyName Origin -NotePropertyValue 'disk' -PassThru
$again = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($text))
$again
$again.Origin
$again.GetType().FullName
$again.Length
