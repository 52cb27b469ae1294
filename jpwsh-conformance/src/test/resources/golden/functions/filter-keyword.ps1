# A filter is a function whose body runs once per pipeline object with $_ set.
filter Get-Doubled { $_ * 2 }
1..3 | Get-Doubled
