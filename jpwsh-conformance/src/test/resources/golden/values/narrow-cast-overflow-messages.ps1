# A cast out of an integer type's range fails with .NET's overflow message, which names the type.
try { [byte]256 } catch { $_.Exception.Message }
try { [sbyte]-129 } catch { $_.Exception.Message }
try { [int16]40000 } catch { $_.Exception.Message }
try { [uint16]-1 } catch { $_.Exception.Message }
try { [uint32]'4294967296' } catch { $_.Exception.Message }
try { [ulong]-1 } catch { $_.Exception.Message }
