# In one script's output the first object fixes the table: a later object with other properties gets an empty row, text prints in place, and an object of a type with another view follows as a list.
[pscustomobject]@{ A = 1; B = 2 }
'some text'
[pscustomobject]@{ A = 3; B = 4 }
[pscustomobject]@{ C = 5 }
[version]'1.2.3.4'
