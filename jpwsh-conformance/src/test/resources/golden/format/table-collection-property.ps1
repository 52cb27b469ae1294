# A collection in a cell shows in braces, cut after four elements with an ellipsis.
[pscustomobject]@{ Name = 'few'; Items = @(1, 2, 3) }, [pscustomobject]@{ Name = 'many'; Items = @(1, 2, 3, 4, 5) }
