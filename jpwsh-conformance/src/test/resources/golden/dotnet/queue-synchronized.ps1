# [System.Collections.Queue]::Synchronized gives a thread-safe queue over a New-Object queue.
$queue = [System.Collections.Queue]::Synchronized((New-Object System.Collections.Queue))
$queue.IsSynchronized
$queue.Enqueue('Donnee de Runspace 1')
$queue.Count
"Donnee recue : $($queue.Dequeue())"
$queue.Count
