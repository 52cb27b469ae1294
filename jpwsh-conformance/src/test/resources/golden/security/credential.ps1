# [pscredential]::new, GetNetworkCredential (a DOMAIN\user name split), Get-Credential -Credential passing through, and Get-Credential failing where no host can prompt
$password = ConvertTo-SecureString 's3cret' -AsPlainText -Force
$cred = [pscredential]::new('CONTOSO\ada', $password)
$cred
"user: $($cred.UserName) password type: $($cred.Password.GetType().Name)"
$net = $cred.GetNetworkCredential()
"network: $($net.UserName) | $($net.Domain) | $($net.Password) | $($net.GetType().FullName)"
$plain = [pscredential]::new('bob', $password).GetNetworkCredential()
"plain: $($plain.UserName) | '$($plain.Domain)'"
(Get-Credential -Credential $cred).UserName
$cred | Get-Member -MemberType Property | ForEach-Object Name
try { Get-Credential } catch { "$($_.FullyQualifiedErrorId) | $($_.Exception.Message)" }
