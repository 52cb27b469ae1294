# StringComparer decides how keys compare; Path, Split options and StringBuilder edit strings as .NET does.
$h = [hashtable]::new([System.StringComparer]::OrdinalIgnoreCase)
$h['Key'] = 1
$h['KEY']
$plain = [hashtable]::new(4)
$plain['Key'] = 1
$plain.ContainsKey('KEY')
[System.StringComparer]::OrdinalIgnoreCase.Equals('abc', 'ABC')
[System.StringComparer]::Ordinal.Equals('abc', 'ABC')
$list = [System.Collections.Generic.List[string]]::new([string[]]('b', 'C', 'a'))
$list.Sort([System.StringComparer]::OrdinalIgnoreCase)
$list -join ','
[System.IO.Path]::HasExtension('dir.d/file')
[System.IO.Path]::GetExtension('archive.') -eq ''
[System.IO.Path]::GetFileNameWithoutExtension('.bashrc') -eq ''
'a, b,,c'.Split(',', [System.StringSplitOptions]::RemoveEmptyEntries).Count
'a, b ,c'.Split(',', [System.StringSplitOptions]::TrimEntries) -join '|'
$sb = [System.Text.StringBuilder]::new('Hello World')
[void]$sb.Remove(5, 6)
$sb.ToString()
$sb.Length = 4
$sb.ToString()
