# Trim, TrimStart and TrimEnd remove whitespace or the given characters.
'xxhixx'.Trim('x')
'--a--'.TrimStart('-')
'--a--'.TrimEnd('-')
"`t pad `n".Trim().Length
