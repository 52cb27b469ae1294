# [psobject] is System.Management.Automation.PSObject (one type with [pscustomobject]), in its assembly, yet a [psobject] cast, -as, parameter, variable or class member takes any value; only the cast written [pscustomobject] makes an object of a hashtable
"$([psobject]) $([pscustomobject]) $([object])"
[psobject].FullName, [psobject].Name, ([psobject] -eq [pscustomobject]), ([psobject] -eq [object])
[psobject].Assembly.GetName().Name
$accelerators = [psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')::Get
$accelerators['psobject'].FullName, $accelerators['pscustomobject'].FullName
$empty = [psobject]::new()
$empty.GetType().FullName, @($empty.psobject.Properties).Count
$empty | Add-Member -NotePropertyName Name -NotePropertyValue 'added'
$empty.Name
(New-Object psobject).GetType().FullName
(New-Object psobject -Property @{ a = 1 }).a
(1 -is [psobject]), ('x' -is [pscustomobject]), (([pscustomobject]@{ a = 1 }) -is [psobject]), ($empty -is [pscustomobject])
$h = @{ a = 1 }
([pscustomobject]$h).GetType().FullName, ([psobject]$h).GetType().FullName, ([psobject]$h).Count
(1 -as [psobject]).GetType().FullName, ('s' -as [pscustomobject]).GetType().FullName
function Get-Kind([psobject]$Value) { $Value.GetType().FullName }
Get-Kind 1; Get-Kind @{ a = 1 }; Get-Kind 2.0
function Get-CustomKind([pscustomobject]$Value) { $Value.GetType().FullName }
Get-CustomKind 'text'; Get-CustomKind @{ a = 1 }
[psobject]$v = 'x'; $v.GetType().FullName; $v = 2; $v.GetType().FullName
class Holder { [psobject]$Item; [psobject[]]$Items; [psobject] Echo([psobject]$x) { return $x } }
$holder = [Holder]::new(); $holder.Item = 1; $holder.Item.GetType().Name
$holder.Echo('s'); $holder.Items = 1, 'b'; $holder.Items.Count
[psobject[]]$array = 1, 'a'; $array.Count, $array[1]
$list = [System.Collections.Generic.List[psobject]]::new(); $list.Add(1); $list.Add('b'); $list.Count
[psobject]::AsPSObject(5)
[psobject]::new(5), ([psobject]::new('xy')).Length
try { [psobject]::new($null) } catch { $_.Exception.Message }
try { [psobject]::AsPSObject($null) } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.Message }
