# In a generated table, doubles and decimals show two decimal places (PowerShell 7.3 and later).
[pscustomobject]@{ Name = 'half'; Value = 0.5; Price = 2.5d }
