# Strings convert to doubles with the invariant format, blanks trimmed.
[double]'1.5e3'
[double]' 2.25 '
[double]'-0.5' * 2
'3.5' -as [double]
