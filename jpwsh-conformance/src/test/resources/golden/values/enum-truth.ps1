# An enum value is true unless it is 0, as the number it stands for: [DayOfWeek]::Sunday and a flags test that finds no flag are false
[bool][System.DayOfWeek]::Sunday
[bool][System.DayOfWeek]::Monday
enum Size { Small; Large }
[bool][Size]::Small
[bool][Size]::Large
$options = (Get-Alias clc).Options
if ($options -band [System.Management.Automation.ScopedItemOptions]::AllScope) { 'clc is AllScope' } else { 'clc is not AllScope' }
if ($options -band [System.Management.Automation.ScopedItemOptions]::ReadOnly) { 'clc is ReadOnly' }
(Get-Alias | Where-Object { $_.Options -band [System.Management.Automation.ScopedItemOptions]::AllScope }).Name -join ','
Get-Alias cls, md | ForEach-Object { '{0} -> {1} ({2})' -f $_.Name, $_.Definition, $_.Options }
