# Class properties (about_Classes_Properties): typed ones start at their type's default, untyped ones at $null, initial values are converted to the declared type, static properties belong to the type, hidden ones work but Get-Member shows them only with -Force and the default formatting leaves them out
class Item {
    [int]$Count
    [bool]$Flag
    [string]$Text
    [datetime]$When
    $Anything
    [int]$Converted = '42'
    [string[]]$Tags = 'a', 'b'
    static [int]$Made = 0
    static [string]$Kind = 'item'
    hidden [string]$Secret = 'hush'
    Item() { [Item]::Made++ }
}
$i = [Item]::new()
"Count=$($i.Count) Flag=$($i.Flag) Text null: $($null -eq $i.Text) Anything null: $($null -eq $i.Anything)"
$i.When.Year
"$($i.Converted) $($i.Converted.GetType().Name)"
"$($i.Tags -join '+') $($i.Tags.GetType().Name)"
$null = [Item]::new()
[Item]::Made
[Item]::Kind = 'changed'
[Item]::Kind
$i.Secret
$i.Secret = 'told'
$i.Secret
($i | Get-Member -MemberType Property).Name -join ','
($i | Get-Member -MemberType Property -Force).Name -join ','
($i | Get-Member -Static -MemberType Property).Name -join ','
($i | Select-Object *).psobject.Properties.Name -join "," 
$i | Format-List Count, Converted | Out-String -Stream | Where-Object { $_ }
"hidden in Format-List *: $(($i | Format-List * | Out-String) -match 'Secret')"
"hidden in Format-Table: $(($i | Format-Table | Out-String) -match 'Secret')"
