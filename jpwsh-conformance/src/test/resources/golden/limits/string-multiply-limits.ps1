# String multiplication fails as pwsh's StringOps.Multiply does: a length overflowing [int] to a negative number is an ArgumentOutOfRangeException, one beyond .NET's longest string an OutOfMemoryException, a count outside [int] a conversion error, a negative count an ArgumentOutOfRangeException; each is caught and the script goes on.
try { $s = 'ab' * [int]::MaxValue } catch {
    "MaxValue: $($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.Exception.Message)"
}
try { $s = 'ab' * 1e9 } catch [System.OutOfMemoryException] {
    "1e9: $($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.Exception.Message)"
}
try { $s = 'x' * 1GB } catch { "1GB: $($_.Exception.GetType().FullName)" }
try { $s = 'x' * 2GB } catch { "2GB: $($_.FullyQualifiedErrorId) | $($_.Exception.Message)" }
try { $s = 'x' * -1 } catch { "negative: $($_.Exception.GetType().FullName)" }
('ab' * 3) + '|'
'after'
