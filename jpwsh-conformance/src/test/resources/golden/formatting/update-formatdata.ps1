# Update-FormatData loads a format.ps1xml file's table, list and wide views (PropertyName and ScriptBlock items, widths, alignment, labels, GroupBy) for the session; a bad file stops it with FormatXmlUpdateException, a missing one is a non-terminating error.
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    $xml = @'
<Configuration>
  <ViewDefinitions>
    <View>
      <Name>Sized</Name>
      <ViewSelectedBy><TypeName>Selected.System.Management.Automation.PSCustomObject</TypeName></ViewSelectedBy>
      <TableControl>
        <TableHeaders>
          <TableColumnHeader><Label>LongLongHeader</Label><Width>4</Width></TableColumnHeader>
          <TableColumnHeader><Label>Tenfold</Label><Width>7</Width><Alignment>Right</Alignment></TableColumnHeader>
          <TableColumnHeader><Width>6</Width></TableColumnHeader>
        </TableHeaders>
        <TableRowEntries><TableRowEntry><TableColumnItems>
          <TableColumnItem><PropertyName>First</PropertyName></TableColumnItem>
          <TableColumnItem><ScriptBlock>$_.Second * 10</ScriptBlock></TableColumnItem>
          <TableColumnItem><PropertyName>Third</PropertyName></TableColumnItem>
        </TableColumnItems></TableRowEntry></TableRowEntries>
      </TableControl>
    </View>
    <View>
      <Name>Listed</Name>
      <ViewSelectedBy><TypeName>Selected.System.Management.Automation.PSCustomObject</TypeName></ViewSelectedBy>
      <ListControl><ListEntries><ListEntry><ListItems>
        <ListItem><Label>One</Label><PropertyName>First</PropertyName></ListItem>
        <ListItem><ScriptBlock>$_.Third.ToUpper()</ScriptBlock></ListItem>
      </ListItems></ListEntry></ListEntries></ListControl>
    </View>
  </ViewDefinitions>
</Configuration>
'@
    Set-Content -Path "$dir/test.format.ps1xml" -Value $xml
    Update-FormatData -AppendPath "$dir/test.format.ps1xml"
    $o = [pscustomobject]@{ First = 1; Second = 2; Third = 'abc' } | Select-Object First, Second, Third
    $o | Format-Table | Out-String
    $o | Format-List -View Listed | Out-String
    Set-Content -Path "$dir/bad.format.ps1xml" -Value '<Configuration>'
    try { Update-FormatData -PrependPath "$dir/bad.format.ps1xml" } catch { $_.FullyQualifiedErrorId }
    Update-FormatData -AppendPath "$dir/missing.ps1xml" -ErrorAction SilentlyContinue -ErrorVariable missing
    $missing.Count
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
