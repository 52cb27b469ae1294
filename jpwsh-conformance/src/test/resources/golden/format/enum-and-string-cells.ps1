# Enum values show their names in a table and, like numbers, align right (pwsh's DefaultScalarTypes counts enums).
[pscustomobject]@{ Day = [System.DayOfWeek]::Monday; Code = 'x' }
