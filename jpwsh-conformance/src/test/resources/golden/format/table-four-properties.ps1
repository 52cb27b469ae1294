# Four properties still make a table.
[pscustomobject]@{ A = 1; B = 'b'; C = 'c'; D = 4 }
