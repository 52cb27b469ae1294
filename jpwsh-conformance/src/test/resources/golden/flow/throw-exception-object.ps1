# throw with an exception object keeps that exception, which a typed catch can match.
try { throw [System.ArgumentException]::new('bad argument') }
catch [System.IO.IOException] { 'io' }
catch [System.ArgumentException] { "argument: $($_.Exception.Message)" }
catch { 'other' }
