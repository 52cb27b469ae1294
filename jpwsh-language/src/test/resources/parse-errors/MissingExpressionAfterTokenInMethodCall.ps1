$list = [System.Collections.Generic.List[string]]::new()
$list.AddRange(('a', 'b'), )
