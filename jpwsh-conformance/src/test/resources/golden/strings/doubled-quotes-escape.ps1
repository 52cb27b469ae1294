# A doubled quote inside a string of the same kind stands for one quote character.
'It''s'
"say ""hi"""
"it's"
'say "hi"'
