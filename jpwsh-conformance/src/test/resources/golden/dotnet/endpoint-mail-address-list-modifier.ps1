# [IPEndpoint], [mailaddress] and [pslistmodifier] are .NET's IPEndPoint, MailAddress and PSListModifier: built, parsed and written as .NET does, compared by value, with .NET's errors; they and [semver] are in the TypeAccelerators table
$e = [IPEndpoint]::new([ipaddress]'127.0.0.1', 8080)
"$e"; $e.Port; $e.Address.ToString(); $e.AddressFamily
"$([IPEndpoint]::Parse('[::1]:443'))"
([IPEndpoint]'10.0.0.1').Port
[IPEndpoint]::new([ipaddress]'::1', 80).ToString()
try { [IPEndpoint]::new([ipaddress]'1.2.3.4', 70000) } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.Message }
try { [IPEndpoint]::Parse('1.2.3.4:x') } catch { $_.Exception.Message }
$parsed = $null; [IPEndpoint]::TryParse('1.2.3.4:99', [ref]$parsed); $parsed.Port
[IPEndpoint]'1.2.3.4:5' -eq [IPEndpoint]'1.2.3.4:5'
$m = [mailaddress]'"Jane Doe" <jane@example.com>'
$m.DisplayName; $m.User; $m.Host; $m.Address; "$m"
([mailaddress]'joe@example.org').ToString()
[mailaddress]::new('joe@example.org', 'Joe').ToString()
try { [mailaddress]'not an address' } catch { $_.Exception.Message }
$ok = $null; [mailaddress]::TryCreate('x@y.z', [ref]$ok); $ok.Host
[mailaddress]'A@B.C' -eq [mailaddress]'a@b.c'
$mod = [pslistmodifier]@{ Add = 'd', 'e'; Remove = 'a' }
$list = [System.Collections.Generic.List[object]]@('a', 'b', 'c')
$mod.ApplyTo($list); $list -join ','
$mod.Add.Count, $mod.Remove.Count, $mod.Replace.Count
([pslistmodifier]@{ Replace = 'x' }).ApplyTo($list); $list -join ','
try { [pslistmodifier]::new(@{ Insert = 1 }) } catch { $_.Exception.Message }
try { ([pslistmodifier]::new()).ApplyTo('text') } catch { $_.Exception.Message }
"$([IPEndpoint]) $([mailaddress]) $([pslistmodifier]) $([semver])"
$ta = [psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')::Get
$ta['semver'].FullName, $ta['IPEndpoint'].FullName, $ta['mailaddress'].FullName, $ta['pslistmodifier'].FullName
