# Vectors from PowerShell's own serializer tests: the enumerated list's text reads as three Int32s, the unenumerated List`1's text as one ArrayList that keeps its type name, DateTime extremes and ticks, byte arrays, an enum and a script property round-trip through [PSSerializer]
$s = [System.Management.Automation.PSSerializer]
$nl = [Environment]::NewLine
$enumerated = "<Objs Version=`"1.1.0.1`" xmlns=`"http://schemas.microsoft.com/powershell/2004/04`">$nl  <I32>1</I32>$nl  <I32>2</I32>$nl  <I32>3</I32>$nl</Objs>"
$items = $s::Deserialize($enumerated)
"enumerated: $($items.GetType().Name) $($items -join ',') $($items[0].GetType().Name)"
"written back: $((1, 2, 3 | ConvertTo-CliXml) -eq $enumerated)"
$listName = 'System.Collections.Generic.List`1[[System.Object, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]'
$whole = "<Objs Version=`"1.1.0.1`" xmlns=`"http://schemas.microsoft.com/powershell/2004/04`">$nl  <Obj RefId=`"0`">$nl    <TN RefId=`"0`">$nl      <T>$listName</T>$nl      <T>System.Object</T>$nl    </TN>$nl    <LST>$nl      <I32>1</I32>$nl      <I32>2</I32>$nl      <I32>3</I32>$nl    </LST>$nl  </Obj>$nl</Objs>"
$list = $s::Deserialize($whole)
"list: $($list.GetType().FullName) $($list.Count) $($list -join ',')"
foreach ($date in [datetime]::MaxValue, [datetime]::MinValue, [datetime]::new(123456789), [datetime]::new(2024, 2, 29, 12, 0, 0, 'Utc')) {
    $xml = $s::Serialize($date)
    $back = $s::Deserialize($xml)
    '{0} {1} {2}' -f ($xml -split "`n")[1].Trim(), ($back -eq $date), $back.Kind
}
foreach ($bytes in [byte[]](0, 1, 2, 3, 255), [byte[]]@(), [byte[]](0..255)) {
    $xml = $s::Serialize($bytes)
    $back = $s::Deserialize($xml)
    '{0} {1} {2}' -f $back.Length, (($back -join ",") -eq ($bytes -join ",")), ($xml -split "`n")[1].Trim().Length
}
enum MyColorFlag { RED; BLUE }
$flag = $s::Deserialize($s::Serialize([MyColorFlag]::BLUE))
"enum: $($flag.ToString()) $([int]$flag) $($flag.pstypenames[0])"
$version = New-Object PSObject
$version | Add-Member -MemberType NoteProperty -Name TestNote -Value 'TestNote'
$version | Add-Member -MemberType ScriptProperty -Name TestScriptProperty -Value { $this.TestNote + '!' }
$xml = $s::Serialize($version)
($xml -split "`n" | Select-Object -Skip 1 -SkipLast 1) -join "`n"
$back = $s::Deserialize($xml)
"script property: $($back.TestScriptProperty) $($back.psobject.Properties['TestScriptProperty'].MemberType)"
