# A hashtable literal ignores key case, while [hashtable]::new() compares keys case-sensitively.
$literal = @{ Key = 1 }
$literal['KEY']
$literal.ContainsKey('key')
$plain = [hashtable]::new()
$plain['Key'] = 1
$null -eq $plain['KEY']
$plain.ContainsKey('key')
$literal.GetType().FullName
