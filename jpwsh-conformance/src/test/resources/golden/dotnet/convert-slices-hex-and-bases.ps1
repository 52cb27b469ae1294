# [Convert] as scripts use it beyond the basics: Base-64 of a slice, hexadecimal text both ways, two's complement text in bases 2, 8 and 16, and .NET's errors for a bad base or bad hex text
$bytes = [byte[]](1..10)
[Convert]::ToBase64String($bytes, 2, 4)
[Convert]::FromBase64String('AwQFBg==') -join ','
[Convert]::ToHexString($bytes)
[Convert]::ToHexString($bytes, 1, 3)
[Convert]::FromHexString('0A0bFF') -join ','
[Convert]::FromHexString('0A0bFF').GetType().Name
[Convert]::ToString(-1, 16)
[Convert]::ToString([long]-1, 16)
[Convert]::ToString(-8, 2)
[Convert]::ToString(255, 2)
[Convert]::ToString(8, 8)
[Convert]::ToString(-42, 10)
[Convert]::ToInt32('ffffffff', 16)
[Convert]::ToInt32('101', 2)
foreach ($call in { [Convert]::ToString(5, 3) }, { [Convert]::FromHexString('abc') }, { [Convert]::FromHexString('zz') }) {
    try { & $call } catch { '{0}: {1}' -f $_.Exception.InnerException.GetType().FullName, $_.Exception.InnerException.Message }
}
