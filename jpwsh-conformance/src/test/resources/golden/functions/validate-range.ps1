# ValidateRange rejects numbers outside its bounds.
function Set-Size { param([ValidateRange(1, 10)] [int]$Size) "size=$Size" }
Set-Size 10
try { Set-Size 15 } catch { $_.Exception.Message }
try { Set-Size 0 } catch { $_.Exception.Message }
