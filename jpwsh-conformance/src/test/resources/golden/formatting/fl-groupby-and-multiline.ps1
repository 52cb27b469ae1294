# Format-List -GroupBy heads each group; a value with line breaks continues under the first line, indented past the labels.
$rows = [pscustomobject]@{ Team = 'x'; Note = "first line`nsecond line" }, [pscustomobject]@{ Team = 'y'; Note = 'one' }
$rows | Format-List -GroupBy Team
