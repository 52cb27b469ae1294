# CLIXML names a generic list by its full .NET name with its type argument, and a deserialized list, hashtable or ordered dictionary keeps the names it was written with, each prefixed Deserialized., over the ArrayList, Hashtable or OrderedDictionary it becomes
$list = [System.Collections.Generic.List[object]]::new()
$list.Add(1)
$list.Add('two')
$xml = [System.Management.Automation.PSSerializer]::Serialize($list)
$xml
$back = [System.Management.Automation.PSSerializer]::Deserialize($xml)
"list becomes: $($back.GetType().FullName) with $($back.Count) items"
$back.PSObject.TypeNames
foreach ($value in @{ a = 1 }, [ordered]@{ a = 1 }, [System.Collections.ArrayList]@(1)) {
    $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($value))
    "$($copy.GetType().FullName): $($copy.PSObject.TypeNames -join ', ')"
}
$day = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize([DayOfWeek]::Monday))
"enum: $day $($day.PSObject.TypeNames -join ', ')"
