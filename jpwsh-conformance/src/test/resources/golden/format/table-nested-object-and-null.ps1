# A nested object in a cell shows as @{...}; a $null value leaves the cell empty.
[pscustomobject]@{ Name = 'outer'; Missing = $null; Inner = [pscustomobject]@{ A = 1; B = 'x' } }
