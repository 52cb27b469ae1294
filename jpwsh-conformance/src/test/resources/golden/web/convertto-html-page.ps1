# ConvertTo-Html writes an XHTML page line by line: a colgroup and header row from the first object, a row per object
$people = [pscustomobject]@{ Name = 'Ann <admin>'; Age = 42; Friends = 'Jack', 'Jill' },
    [pscustomobject]@{ Name = "O'Neil & co"; Age = 7.5; Friends = $null; Extra = 'ignored' }
$lines = $people | ConvertTo-Html
$lines.GetType().Name
$lines.Count
$lines
$people | ConvertTo-Html -Title 'People' -Body '<h1>All</h1>', '<p>two</p>' -CssUri 'site.css' -PreContent 'before' -PostContent 'after', 'end' -Charset 'utf-8' -Transitional -Property Name
$people[0] | ConvertTo-Html -Head '<title>own head</title>', '<style>td{}</style>' -Title 'unused' -Property Age
