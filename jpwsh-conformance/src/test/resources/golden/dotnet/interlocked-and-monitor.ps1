# Interlocked updates a [ref] variable atomically; Monitor locks and unlocks an object from one thread.
$count = 0
[System.Threading.Interlocked]::Increment([ref]$count)
[System.Threading.Interlocked]::Add([ref]$count, 10)
$count
$lock = [object]::new()
[System.Threading.Monitor]::Enter($lock)
[System.Threading.Monitor]::IsEntered($lock)
[System.Threading.Monitor]::Exit($lock)
[System.Threading.Monitor]::IsEntered($lock)
