[int]'42'
[int] $x
[string[]] @(1, 2)
[math]::Round(2.567, 2)
[string]::IsNullOrEmpty($x)
[datetime]::Now.AddDays(-1)
[System.Collections.ArrayList]::new()
[int][char]'a'
[pscustomobject]@{ Name = 'x'; Count = 1 }
[ordered]@{ a = 1; b = 2 }
[ref]$value
$list.Method[string]('x')
