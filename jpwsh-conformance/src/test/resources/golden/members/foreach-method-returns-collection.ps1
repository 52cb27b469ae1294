# .ForEach() and .Where() return a Collection of PSObject, even for one result.
$r = (1..3).ForEach({ $_ })
$r.GetType().Name
$w = (1..3).Where({ $_ -eq 2 })
$w.GetType().Name
$w.Count
