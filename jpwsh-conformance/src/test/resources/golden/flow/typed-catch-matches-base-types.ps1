# A typed catch matches derived exceptions; the first matching catch wins.
try { throw [System.IO.FileNotFoundException]::new('missing') }
catch [System.IO.IOException] { "io: $($_.Exception.GetType().Name)" }
catch [System.Exception] { 'general' }
try { throw 'plain' } catch [System.Management.Automation.RuntimeException] { 'runtime' }
