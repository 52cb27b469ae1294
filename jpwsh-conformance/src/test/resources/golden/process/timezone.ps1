# Get-TimeZone: a zone by -Id with its names and offset, the local zone's type, the list of every zone, the gtz
# alias, and the error for an id that names no zone.
$utc = Get-TimeZone -Id 'UTC'
$utc.GetType().FullName
"$($utc.Id) | $($utc.DisplayName) | $($utc.StandardName) | $($utc.BaseUtcOffset) | $($utc.SupportsDaylightSavingTime)"
(Get-TimeZone).GetType().Name
"many zones: $(@(Get-TimeZone -ListAvailable).Count -gt 100)"
"alias: $((gtz -Id 'UTC').Id)"
Get-TimeZone -Id 'Nowhere/Nope' -ErrorAction SilentlyContinue -ErrorVariable bad
"$($bad[0].FullyQualifiedErrorId): $($bad[0])"
