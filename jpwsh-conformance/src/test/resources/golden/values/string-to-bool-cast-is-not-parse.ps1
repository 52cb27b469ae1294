# [bool] of a string tests emptiness, but a bool parameter of a method parses the text.
[bool]'false'
[bool]::Parse('false')
[System.Convert]::ToBoolean('TRUE')
