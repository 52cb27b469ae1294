# Compare-Object: differences (<= =>), -IncludeEqual, -ExcludeDifferent, -CaseSensitive, -Property, -PassThru, -SyncWindow, -IgnoreWhiteSpace, empty sides and pipeline input
Compare-Object @(1, 2, 3) @(2, 3, 4) | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'--'
Compare-Object @(1, 2, 3) @(2, 3, 4) -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'--'
Compare-Object @(1, 2, 3) @(2, 3, 4) -ExcludeDifferent | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'--'
Compare-Object 'a', 'B' 'A', 'b' | Measure-Object | ForEach-Object Count
Compare-Object 'a', 'B' 'A', 'b' -CaseSensitive | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'--'
$r = [pscustomobject]@{ N = 'x'; V = 1 }, [pscustomobject]@{ N = 'y'; V = 2 }
$d = [pscustomobject]@{ N = 'x'; V = 1 }, [pscustomobject]@{ N = 'y'; V = 3 }
Compare-Object $r $d -Property N, V | ForEach-Object { "$($_.N) $($_.V) $($_.SideIndicator)" }
'--'
Compare-Object 1, 2 2, 3 -PassThru | ForEach-Object { "$_ $($_.SideIndicator)" }
'--'
Compare-Object @() @(1) | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
Compare-Object @(1) @() | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'--'
Compare-Object (1..5) (5..1) -SyncWindow 0 | ForEach-Object { "$($_.InputObject)$($_.SideIndicator)" }
'--'
1, 5 | Compare-Object 1, 2 | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
'--'
Compare-Object 'a b' 'ab' -IgnoreWhiteSpace -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
