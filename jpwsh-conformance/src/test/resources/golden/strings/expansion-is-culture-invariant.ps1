# Numbers and dates expand in a string with the invariant culture.
"$(1.5)"
"$(1 / 3)"
"$([datetime]::new(2024, 1, 2, 3, 4, 5))"
"$(1e20)"
