# Several objects in list view are separated by one blank line.
[pscustomobject]@{ A = 1; B = 2; C = 3; D = 4; E = 5 }, [pscustomobject]@{ A = 6; B = 7; C = 8; D = 9; E = 10 }
