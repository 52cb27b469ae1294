# Enum values show their names in a table and are left-aligned.
[pscustomobject]@{ Day = [System.DayOfWeek]::Monday; Code = 'x' }
