# throw with any other object uses its string form as the message and keeps it as the target.
try { throw 42 } catch { $_.Exception.Message; $_.TargetObject.GetType().Name }
try { throw $null } catch { $_.Exception.Message }
