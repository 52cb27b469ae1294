$list = 'a', 'b'
foreach (item in $list) { $item }
