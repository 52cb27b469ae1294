# Format-List * lists a .NET object's properties in the order .NET declares them (Version: Major, Minor, Build, Revision, MajorRevision, MinorRevision; TimeSpan: Ticks, Days, Hours, ...).
[version]'1.2.3.4' | Format-List * | Out-String
[version]'1.2' | Format-List * | Out-String
$labels = [timespan]::FromMinutes(3) | Format-List * | Out-String -Stream | Where-Object { $_ } | ForEach-Object { ($_ -split ' ')[0] }
$labels[0..3] -join ', '
$labels -contains 'TotalSeconds'
