# StringBuilder's capacity constructor makes an empty builder (an integer argument is not its initial text), and a negative capacity is .NET's ArgumentOutOfRangeException.
$sb = [System.Text.StringBuilder]::new(256)
$sb.Length
[void]$sb.Append('abc')
$sb.ToString()
([System.Text.StringBuilder]::new('256')).ToString()
(New-Object System.Text.StringBuilder -ArgumentList 64).Length
try { [System.Text.StringBuilder]::new(-1) } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.GetType().FullName }
