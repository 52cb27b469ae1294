# ConvertTo-SecureString without a key reads pwsh-on-Linux's hex form: an odd length is a non-terminating ImportSecureString_InvalidArgument, a pair that is no hex number stops the command with .NET's FormatException naming that pair
try { ConvertTo-SecureString '0041zz' } catch { 'caught: ' + $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName; $_.Exception.Message }
try { ConvertTo-SecureString 'g0' -ErrorAction SilentlyContinue; 'not reached' } catch { 'caught: ' + $_.Exception.Message }
ConvertTo-SecureString '004' -ErrorVariable bad -ErrorAction SilentlyContinue
'after odd: ' + $bad[0].FullyQualifiedErrorId
(ConvertTo-SecureString '4100' | ConvertFrom-SecureString -AsPlainText)
(ConvertTo-SecureString '4A00' | ConvertFrom-SecureString -AsPlainText)
