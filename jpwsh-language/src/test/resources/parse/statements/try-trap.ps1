try { throw 'boom' } catch { $_ }
try { 1 / 0 } catch [System.DivideByZeroException] { 'div' } catch [System.IO.IOException], [System.Net.WebException] { 'io' } catch { 'other' } finally { 'done' }
try { } finally { }
trap { continue }
trap [System.Exception] { 'trapped'; break }
