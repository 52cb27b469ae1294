# [char] converts from a code point and back; a char on the left of + concatenates.
[char]65
[int][char]'a'
[char]'x' + 'y'
([char]'a').GetType().Name
