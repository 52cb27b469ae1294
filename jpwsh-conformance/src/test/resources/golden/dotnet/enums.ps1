# Enum values come from type members, parse by name, and convert to their integer values.
[System.DayOfWeek]::Friday
[int][System.DayOfWeek]::Friday
[enum]::GetNames([System.DayOfWeek]) -join ','
[System.Enum]::Parse([System.DayOfWeek], 'monday', $true)
[System.DayOfWeek]'Sunday' -eq 0
