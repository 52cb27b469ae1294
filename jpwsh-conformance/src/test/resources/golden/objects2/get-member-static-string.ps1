# Get-Member -Static on [string] lists String's own statics (Compare, Concat, Format, Join ...) beside Equals and ReferenceEquals, and [string]::Join joins any array, $null elements as empty text
$names = ([string] | Get-Member -Static -MemberType Method).Name
foreach ($name in 'Compare', 'Concat', 'Equals', 'Format', 'Join', 'ReferenceEquals') {
    "${name}: $($name -in $names)"
}
([string] | Get-Member -Static -Name Join).Definition -like 'static string Join(*'
[string]::Join(',', @(1, 2, $null, 3))
[string]::Join(', ', [System.Collections.Generic.List[object]]@('a', 'b'))
[string]::Join('-', 'x', 'y', 'z')
