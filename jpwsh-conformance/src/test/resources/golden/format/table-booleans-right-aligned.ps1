# Booleans are right-aligned like numbers, and so is the header above them.
[pscustomobject]@{ Flag = $true; Text = 'yes' }, [pscustomobject]@{ Flag = $false; Text = 'no' }
