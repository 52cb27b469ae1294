# StringBuilder methods return the builder, so their results are usually discarded.
$sb = [System.Text.StringBuilder]::new()
[void]$sb.Append('Hello')
[void]$sb.Append(', ').Append('World')
$null = $sb.AppendFormat(' {0}-{1}', 1, 2)
$sb.ToString()
$sb.Length
[void]$sb.Insert(0, '>')
[void]$sb.Replace('World', 'There')
$sb.ToString()
$lines = [System.Text.StringBuilder]::new()
[void]$lines.AppendLine('a')
[void]$lines.AppendLine('b')
$lines.ToString().Split("`n", [System.StringSplitOptions]::RemoveEmptyEntries).Count
