# Arrays a script asks for that do not fit end in pwsh's errors (OutOfMemoryException, or the conversion error for a length beyond [int]) and the script goes on.
# jpwsh refuses one allocation of more than half its heap (at .NET's 8 bytes an element) up front: @(0) * 1e9 needs 8 GB.
try { (1..2147483647).Count } catch [System.OutOfMemoryException] {
    "range: $($_.FullyQualifiedErrorId) | $($_.Exception.Message)"
}
try { $a = @(0) * 1e9 } catch [System.OutOfMemoryException] { "1e9 copies: $($_.Exception.Message)" }
try { $a = @(1, 2) * 3e9 } catch { "3e9 copies: $($_.FullyQualifiedErrorId)" }
try { $a = @(1) * -1 } catch { "negative: $($_.Exception.Message)" }
(@(1, 2) * 3) -join ','
$other = [powershell]::Create().AddScript('$big = @(0) * 1e9; "other runspace goes on"')
$other.Invoke()
"other runspace: $($other.Streams.Error[0].FullyQualifiedErrorId)"
$other.Dispose()
'after'
