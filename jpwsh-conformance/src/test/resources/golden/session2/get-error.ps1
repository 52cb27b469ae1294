# Get-Error: the newest errors of $Error (-Newest/-Last), piped error records and exceptions, PSExtendedError type names, PSErrorIndex, the detailed view
try { 1/0 } catch {}
$e = Get-Error
$e -is [System.Management.Automation.ErrorRecord]
$e.PSObject.TypeNames[0]
# the error in $Error keeps its own type names
$Error[0].PSObject.TypeNames -join ','
$text = $e | Out-String
$text -split "`n" | Where-Object { $_ -match '^(Exception|CategoryInfo|FullyQualifiedErrorId|InvocationInfo) +:|^    (Type|Message|Statement|InnerException) +:' } | ForEach-Object TrimEnd
# showing it takes the view's type name back
$e.PSObject.TypeNames -contains 'System.Management.Automation.ErrorRecord#PSExtendedError'
try { Get-Item "/no-such-item-$([guid]::NewGuid())" -ErrorAction Stop } catch {}
$two = Get-Error -Newest 2
$two.Count
$two | ForEach-Object { "$($_.PSErrorIndex) $($_.FullyQualifiedErrorId)" }
(Get-Error -Last 9999).Count -eq $Error.Count
(Get-Error -Last 2 | Out-String) -split "`n" | Where-Object { $_ -match 'ErrorIndex' }
$x = [System.ArgumentException]::new('myexception')
$ex = $x | Get-Error
$ex.PSObject.TypeNames[0]
($ex | Out-String) -split "`n" | Where-Object { $_ -match '^(Type|Message) ' } | ForEach-Object TrimEnd
'not an error' | Get-Error
(Get-Command Get-Error).ParameterSets.Name -join ','
(Get-Alias gerr).Definition
foreach ($n in 0, -2) {
    try { Get-Error -Newest $n } catch { $_.FullyQualifiedErrorId }
}
