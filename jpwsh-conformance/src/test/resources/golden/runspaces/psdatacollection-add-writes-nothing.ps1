# PSDataCollection.Add is void in .NET: calling it from a script writes nothing (the Java list method of the same name never answers for it), whatever case the script writes the name in; the items are there
$collection = [System.Management.Automation.PSDataCollection[psobject]]::new()
$collection.Add('first')
$collection.add('second')
$collection.ADD(3)
'count: ' + $collection.Count
$collection -join ','
$out = $collection.Add('fourth')
$null -eq $out
