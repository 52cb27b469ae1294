# A pscustomobject with five or more properties prints as a list with labels padded to the longest.
[pscustomobject]@{ Id = 7; Name = 'widget'; Enabled = $true; Owner = $null; Tags = 'a', 'b' }
