# [Convert] converts between bases, to and from Base64, and rounds halves to even.
[Convert]::ToInt32('ff', 16)
[Convert]::ToString(255, 2)
[Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes('hi'))
[System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('aGk='))
[Convert]::ToInt32(2.5)
[Convert]::ToInt32(3.5)
[Convert]::ToBoolean(1)
