# Casting an array to List[object] copies its items; an empty array gives an empty list.
$jobs = [System.Collections.Generic.List[object]]@()
$jobs.Count
$jobs.Add([pscustomobject]@{ Input = 1 })
$jobs.Add([pscustomobject]@{ Input = 2 })
$jobs.Count
$jobs.Input -join ','
$copy = [System.Collections.Generic.List[string]]@('b', 'a', 'c')
$copy.Sort()
$copy -join ','
$copy.ToArray().GetType().Name
