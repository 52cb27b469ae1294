# ConvertTo-Json writes members Add-Member gave a number or an array as an object with "value", and ignores those of a string or a date
$n = Add-Member -InputObject 4711 -MemberType NoteProperty -Name Unit -Value 'mm' -PassThru
$n | ConvertTo-Json -Compress
$s = Add-Member -InputObject 'text' -MemberType NoteProperty -Name Extra -Value 1 -PassThru
$s | ConvertTo-Json -Compress
$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -MemberType NoteProperty -Name b -Value 2
$o | Add-Member -MemberType ScriptProperty -Name c -Value { $this.a + $this.b }
$o | ConvertTo-Json -Compress
'--- a dictionary with a member keeps its keys first'
$h = Add-Member -InputObject ([ordered]@{ k = 'v' }) -MemberType NoteProperty -Name Extra -Value 'e' -PassThru
ConvertTo-Json -InputObject $h -Compress
$h | ConvertTo-Json -Compress
'--- an array with members'
$arr = Add-Member -InputObject @(1, 2) -MemberType NoteProperty -Name Label -Value 'pair' -PassThru
ConvertTo-Json -InputObject $arr -Compress
'--- members Add-Member gave another object join its properties'
$v = [version]'2.3.4.14'
$v | Add-Member -MemberType NoteProperty -Name Note -Value 'a version'
$v | Add-Member -MemberType AliasProperty -Name Rev -Value Revision
$v | Add-Member -MemberType ScriptProperty -Name IsOld -Value { $this.Major -le 3 }
$back = ConvertTo-Json $v | ConvertFrom-Json
$back.Major, $back.Revision, $back.Note, $back.Rev, $back.IsOld -join ' | '
