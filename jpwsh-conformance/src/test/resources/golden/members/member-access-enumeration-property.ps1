# A property the collection lacks is read from each element instead.
$objs = [pscustomobject]@{ N = 1 }, [pscustomobject]@{ N = 2 }, [pscustomobject]@{ N = 3 }
$objs.N -join ','
$objs.Count
[System.Collections.Generic.List[string]]$list = 'a', 'bb', 'ccc'
$list.Length -join ','
$list.Count
