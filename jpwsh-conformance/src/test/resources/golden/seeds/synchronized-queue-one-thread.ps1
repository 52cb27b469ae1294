# Seed 001's synchronized queue hands data from a producer to a consumer on one thread.
$Queue = [System.Collections.Queue]::Synchronized((New-Object System.Collections.Queue))
$data = "Donnée de Runspace 1"
$Queue.Enqueue($data)
$Queue.Count
$received = $Queue.Dequeue()
Write-Host "Donnée reçue : $received"
$Queue.Count
