# Add-Member gives objects members of every kind; script members see the object as $this
$o = [pscustomobject]@{ a = 1; b = 'x' }
$o | Add-Member -MemberType ScriptProperty -Name Double -Value { $this.a * 2 } -SecondValue { $this.a = $args[0] / 2 }
$o.Double
$o.Double = 10
$o.a
$o | Add-Member ScriptMethod Greet { param($name) "hi $name from $($this.b)" }
$o.Greet('bob')
$o | Add-Member AliasProperty Alpha a
$o.Alpha
$o.Alpha = 7
$o.a
$o | Add-Member AliasProperty AlphaText a -SecondValue string
$o.AlphaText.GetType().Name
$o | Add-Member NoteProperty Note 'n1'
$o.Note
$o | Add-Member PropertySet Pair a, b
$o | Add-Member MemberSet Extras ([psnoteproperty]::new('inner', 5))
$o.Extras.inner
$o | Get-Member -MemberType ScriptProperty, ScriptMethod, AliasProperty, PropertySet, MemberSet | ForEach-Object { "$($_.Name) $($_.MemberType) $($_.Definition)" }
'--- the simple note forms'
$p = [pscustomobject]@{}
$p | Add-Member -NotePropertyName n -NotePropertyValue 1
$p | Add-Member -NotePropertyMembers ([ordered]@{ x = 1; y = 'two' })
$p | Add-Member n2 $null
$p.psobject.Properties | ForEach-Object Name
$null -eq $p.n2
'--- -PassThru writes the object'
$q = [pscustomobject]@{} | Add-Member -NotePropertyName k -NotePropertyValue 3 -PassThru
$q.k
'--- -TypeName puts a type name first; a type accelerator is written in full'
$p | Add-Member -TypeName My.Custom
$p.pstypenames[0]
$r = [pscustomobject]@{} | Add-Member -TypeName int -PassThru
$r.pstypenames[0]
($p | Get-Member -Name n)[0].TypeName
'--- -Force replaces a member'
$p | Add-Member -NotePropertyName n -NotePropertyValue 'replaced' -Force
$p.n
$p | Add-Member ScriptProperty n { 'scripted' } -Force
$p.n
'--- any value takes members'
$s = 'hello'
$s | Add-Member -NotePropertyName Extra -NotePropertyValue 42
$s.Extra
$t = 'text' | Add-Member ScriptProperty Shout { $this.ToUpper() + '!' } -PassThru
$t.Shout
$t.Length
$n = 5 | Add-Member -NotePropertyName Tag -NotePropertyValue 'five' -PassThru
$n.Tag
$n + 1
(5).Tag -eq $null
$h = @{ key = 1 }
$h | Add-Member -NotePropertyName Extra -NotePropertyValue 'e'
$h.Extra
$h.key
