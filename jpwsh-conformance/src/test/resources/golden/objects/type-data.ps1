# Update-TypeData gives every object of a type name its members (parameters and types.ps1xml); Get-TypeData and Remove-TypeData
Update-TypeData -TypeName System.Int32 -MemberType ScriptProperty -MemberName Squared -Value { $this * $this }
(7).Squared
Update-TypeData -TypeName System.Int32 -MemberType ScriptMethod -MemberName Plus -Value { param($n) $this + $n }
(7).Plus(3)
Update-TypeData -TypeName System.Int32 -MemberType AliasProperty -MemberName Sq -Value Squared
(4).Sq
Update-TypeData -TypeName System.Int32 -MemberType NoteProperty -MemberName Sq -Value 1 -ErrorVariable e -ErrorAction SilentlyContinue
"$($e[0].FullyQualifiedErrorId): $($e[0].Exception.Message)"
Update-TypeData -TypeName System.Int32 -MemberType NoteProperty -MemberName Sq -Value 'note' -Force
(4).Sq
5 | Get-Member -MemberType ScriptProperty, ScriptMethod, NoteProperty | ForEach-Object { "$($_.Name) $($_.MemberType) $($_.Definition)" }
'--- a type name given to custom objects'
$o = [pscustomobject]@{ A = 2 }
$o.PSTypeNames.Insert(0, 'My.Thing')
Update-TypeData -TypeName My.Thing -MemberType ScriptProperty -MemberName Twice -Value { $this.A * 2 } -DefaultDisplayPropertySet A, Twice -DefaultKeyPropertySet A
$o.Twice
$td = Get-TypeData -TypeName My.*
$td.TypeName
$td.DefaultDisplayPropertySet.ReferencedProperties -join ','
$td.DefaultKeyPropertySet.ReferencedProperties -join ','
$td.Members['Twice'].GetScriptBlock
$o | Add-Member -NotePropertyName Twice -NotePropertyValue 0 -Force -ErrorVariable e3 -ErrorAction SilentlyContinue
$e3[0].FullyQualifiedErrorId
'--- types.ps1xml'
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
$file = Join-Path $dir 'my.types.ps1xml'
Set-Content -Path $file -Value @'
<?xml version="1.0" encoding="utf-8" ?>
<Types>
  <Type>
    <Name>System.String</Name>
    <Members>
      <ScriptProperty>
        <Name>Reversed</Name>
        <GetScriptBlock>-join $this[($this.Length - 1)..0]</GetScriptBlock>
      </ScriptProperty>
      <NoteProperty><Name>Flavour</Name><Value>vanilla</Value></NoteProperty>
      <AliasProperty><Name>Len</Name><ReferencedMemberName>Length</ReferencedMemberName></AliasProperty>
      <MemberSet>
        <Name>PSStandardMembers</Name>
        <Members>
          <PropertySet>
            <Name>DefaultDisplayPropertySet</Name>
            <ReferencedProperties><Name>Length</Name></ReferencedProperties>
          </PropertySet>
        </Members>
      </MemberSet>
    </Members>
  </Type>
</Types>
'@
Update-TypeData -AppendPath $file
'abc'.Reversed
'abc'.Flavour
'abcd'.Len
(Get-TypeData System.String).DefaultDisplayPropertySet.ReferencedProperties
Remove-TypeData -Path $file
$null -eq 'abc'.Reversed
if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
'--- Remove-TypeData'
Remove-TypeData -TypeName System.Int32
$null -eq (7).Squared
$null -eq (Get-TypeData System.Int32)
'--- errors'
try { Update-TypeData -TypeName X -MemberName Foo } catch { $_.FullyQualifiedErrorId }
try { Update-TypeData -TypeName X -MemberType Method -MemberName Foo -Value 1 } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { Update-TypeData -TypeName X -MemberType NoteProperty -Value 1 } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { Update-TypeData -TypeName X -MemberType ScriptProperty -MemberName P } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
Update-TypeData -TypeName X -ErrorVariable e2 -ErrorAction SilentlyContinue
"$($e2[0].FullyQualifiedErrorId): $($e2[0].Exception.Message)"
try { Update-TypeData -TypeName ' ' -MemberType NoteProperty -MemberName a -Value 1 } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
