# Creating and converting script class instances: [T]::new(), New-Object T (with -ArgumentList and -Property), [T]@{...} from a hashtable or a custom object (parameterless constructor, then each property converted) and its errors, property assignment converting to the declared type and its ExceptionWhenSetting error, casts, -is, -isnot and -as
class Box {
    [int]$Size
    [string]$Label = 'none'
    $Any
    Box() { }
    Box([int]$size) { $this.Size = $size }
}
class Fixed {
    [int]$N
    Fixed([int]$n) { $this.N = $n }
}
$b = [Box]::new(3)
"$($b.Size) $($b.Label)"
$n = New-Object Box
"$($n.Size) $($n.Label)"
(New-Object Box -ArgumentList 8).Size
$p = New-Object Box -Property @{ Size = 5; Label = 'prop' }
"$($p.Size) $($p.Label)"
$h = [Box]@{ Size = '12'; Label = 34; Any = 1.5 }
"$($h.Size) $($h.Size.GetType().Name) $($h.Label) $($h.Label.GetType().Name) $($h.Any.GetType().Name)"
$fromObject = [Box][pscustomobject]@{ Size = 2; Label = 'pso' }
"$($fromObject.Size) $($fromObject.Label)"
try { [Box]@{ Size = 1; Colour = 'red' } } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { [Box]@{ Size = 'big' } } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { [Fixed]@{ N = 1 } } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
$b.Size = '40'
"$($b.Size) $($b.Size.GetType().Name)"
$b.Size = 2.5
$b.Size
$b.Label = 99
$b.Label.GetType().Name
$b.Any = 'x'; $b.Any = 7
$b.Any.GetType().Name
try { $b.Size = 'many' } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
$b.Size
"$($b -is [Box]) $($b -isnot [Box]) $($b -is [Fixed]) $($b -is [object])"
$null -eq ($b -as [Fixed])
([Fixed]5).N
(7 -as [Fixed]).N
([object]$b).GetType().Name
[Box].Name
[Box].FullName
