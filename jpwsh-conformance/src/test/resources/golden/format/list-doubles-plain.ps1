# In a list, doubles keep their ordinary string form.
[pscustomobject]@{ A = 0.5; B = 1.25; C = 3.0; D = 'x'; E = 1e20 }
