# Static members of [string] are reachable through the type literal.
[string]::IsNullOrEmpty('')
[string]::IsNullOrEmpty($null)
[string]::IsNullOrWhiteSpace(' ')
[string]::new('x', 3)
[string]::Join(',', 'a', 'b', 'c')
[string]::Concat('a', 'b')
[string]::Format('{0}-{1}', 1, 2)
[string]::Empty.Length
