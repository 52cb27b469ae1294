# -Headers are sent (content headers with the content), the default User-Agent is pwsh's, -UserAgent replaces it
#! args: @WEBSERVER@
param($Base)
$echo = irm "$Base/echo" -Headers @{ 'X-Test' = 'one'; 'X-Null' = $null; Accept = 'text/plain' }
$echo.headers.'X-Test'
$echo.headers.Accept
$null -eq $echo.headers.'X-Null'
$echo.headers.'User-Agent' -match '^Mozilla/5\.0 \(Linux; [^;]+; [^)]*\) PowerShell/7\.\d+\.\d+'
(irm "$Base/echo" -UserAgent 'agent/1').headers.'User-Agent'
(irm "$Base/echo" -Headers @{ 'User-Agent' = 'from-headers' }).headers.'User-Agent'
$put = irm "$Base/echo" -Method Put -Body 'x' -Headers @{ 'Content-Type' = 'text/csv' }
$put.headers.'Content-Type'
$put = irm "$Base/echo" -Method Put -Body 'x' -Headers @{ 'Content-Type' = 'text/csv' } -ContentType 'text/tab-separated-values'
$put.headers.'Content-Type'
(irm "$Base/echo" -ContentType 'text/plain').headers.'Content-Type'
try { Invoke-RestMethod "$Base/echo" -Method Post -Body 'x' -ContentType 'not a type' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
(Invoke-RestMethod "$Base/echo" -Method Post -Body 'x' -ContentType 'not a type' -SkipHeaderValidation).headers.'Content-Type'
