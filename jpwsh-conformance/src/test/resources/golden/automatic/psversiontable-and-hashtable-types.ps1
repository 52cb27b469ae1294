# $PSVersionTable is a PSVersionHashTable; a synchronized hashtable is the nested type Hashtable+SyncHashtable.
"$PSVersionTable"
$PSVersionTable.GetType().FullName
$PSVersionTable.PSEdition
$sync = [hashtable]::Synchronized(@{})
$sync.GetType().FullName
$sync.GetType().Name
"$sync"
@{}.GetType().FullName
