# The generic collection interfaces name types: IList[T], ICollection[T], IDictionary[K,V] and their read-only views
$list = [System.Collections.Generic.List[int]]::new()
$list.Add(1)
"list is IList[int]: $($list -is [System.Collections.Generic.IList[int]]) ICollection[int]: $($list -is [System.Collections.Generic.ICollection[int]]) IReadOnlyList[int]: $($list -is [System.Collections.Generic.IReadOnlyList[int]])"
$map = [System.Collections.Generic.Dictionary[string, int]]::new()
"dictionary is IDictionary[string,int]: $($map -is [System.Collections.Generic.IDictionary[string, int]]) IReadOnlyDictionary: $($map -is [System.Collections.Generic.IReadOnlyDictionary[string, int]])"
"a string is no IList[int]: $('text' -is [System.Collections.Generic.IList[int]])"
function Get-Count([System.Collections.Generic.IList[int]]$Items) { "count $($Items.Count) first $($Items[0])" }
Get-Count $list
