# An https server whose certificate is not trusted is refused, unless -SkipCertificateCheck accepts it
#! args: @SECUREWEBSERVER@
param($Secure)
try { Invoke-WebRequest "$Secure/echo" } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().FullName
    $_.Exception.Message
}
$r = Invoke-WebRequest "$Secure/echo" -SkipCertificateCheck
"$($r.StatusCode) $(($r.Content | ConvertFrom-Json).path)"
(Invoke-RestMethod "$Secure/json" -SkipCertificateCheck).name
$insecure = $Secure -replace '^https', 'http'
