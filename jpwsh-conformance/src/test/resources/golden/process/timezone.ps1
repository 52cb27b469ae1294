# Get-TimeZone: a zone by -Id with its names and offset, the local zone, the list of every zone, the gtz alias, the
# error for an id that names no zone, and [System.TimeZoneInfo]'s statics agreeing with it.
$utc = Get-TimeZone -Id 'UTC'
$utc.GetType().FullName
"$($utc.Id) | $($utc.DisplayName) | $($utc.StandardName) | $($utc.BaseUtcOffset) | $($utc.SupportsDaylightSavingTime)"
(Get-TimeZone).GetType().Name
"many zones: $(@(Get-TimeZone -ListAvailable).Count -gt 100)"
"alias: $((gtz -Id 'UTC').Id)"
Get-TimeZone -Id 'Nowhere/Nope' -ErrorAction SilentlyContinue -ErrorVariable bad
"$($bad[0].FullyQualifiedErrorId): $($bad[0])"
"statics: $([System.TimeZoneInfo]::Utc.Id) $((Get-TimeZone).Id -eq [System.TimeZoneInfo]::Local.Id) $((Get-TimeZone) -is [TimeZoneInfo])"
"system zones: $(@([System.TimeZoneInfo]::GetSystemTimeZones()).Count -eq @(Get-TimeZone -ListAvailable).Count)"
try { [System.TimeZoneInfo]::FindSystemTimeZoneById('Nowhere/Nope') } catch { $_.Exception.InnerException.GetType().FullName }
