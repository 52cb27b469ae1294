# Enum.Parse is exact unless told to ignore case and accepts numbers; enum values compare by their numbers.
[System.Enum]::Parse([System.DayOfWeek], 'Tuesday')
[System.Enum]::Parse([System.DayOfWeek], '3')
try { [System.Enum]::Parse([System.DayOfWeek], 'tuesday') } catch { $_.Exception.InnerException.Message }
[System.Enum]::GetName([System.DayOfWeek], 6)
[System.DayOfWeek]::Monday -lt [System.DayOfWeek]::Friday
[System.DayOfWeek]::Friday -eq 'friday'
[System.DayOfWeek]::Friday -gt 2
