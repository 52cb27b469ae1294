# [ipaddress] (System.Net.IPAddress) parses IPv4 and IPv6 literals, never host names (FormatException), and has .NET's text forms, bytes, number, family and statics.
$ip = [ipaddress]'192.168.1.10'
$ip.ToString()
"$ip"
$ip.AddressFamily
$ip.GetAddressBytes() -join '.'
$ip.Address
[System.Net.IPAddress]::Parse('::1').ToString()
[ipaddress]::Parse('2001:0db8:0000:0000:0000:0000:0000:0001').IPAddressToString
[ipaddress]::Loopback.ToString()
[ipaddress]::IsLoopback([ipaddress]'127.0.0.1')
$out = $null
[ipaddress]::TryParse('not.an.address', [ref]$out)
$null -eq $out
[ipaddress]::TryParse('10.0.0.1', [ref]$out)
"$out"
try { [ipaddress]::Parse('example.com') } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
([ipaddress]'10.0.0.1') -eq ([ipaddress]'10.0.0.1')
[ipaddress]::new([byte[]](10,0,0,2)).ToString(); [ipaddress]::new(16777343).ToString(); ([ipaddress]"1.2.3.4").GetAddressBytes() -join ","
