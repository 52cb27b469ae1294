# A dictionary's entries show in a list as pwsh's DictionaryEntry list view lays them out: Name and Value only
$h = [ordered]@{ array = 0..5; one = 1 }
$h.GetEnumerator() | Format-List
