# Select-Object with a calculated property makes objects that print as a table of the selected properties.
'a', 'bbb' | Select-Object @{ Name = 'Text'; Expression = { $_ } }, Length
