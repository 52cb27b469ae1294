# [gc] (System.GC): Collect with and without a generation, GetTotalMemory, MaxGeneration, CollectionCount and WaitForPendingFinalizers, as scripts that keep memory down between batches call them
[gc]::Collect()
[gc]::Collect([gc]::MaxGeneration)
[gc]::WaitForPendingFinalizers()
[gc]::MaxGeneration
[gc]::GetTotalMemory($true) -gt 0
[gc]::CollectionCount(0) -ge 0
[gc].FullName
