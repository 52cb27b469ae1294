# A pscustomobject with up to four properties prints as a table; numbers are right-aligned.
[pscustomobject]@{ Name = 'alpha'; Count = 3 }
