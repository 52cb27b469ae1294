# A number literal given to a native program is passed as it is written (0x10, 1.0, 1e3, 1.50kb, 007), as pwsh keeps a command argument's text beside its value; a number computed in parentheses is passed as its value.
printf '%s\n' 0x10 1.0 1e3 1.50kb 007 5 1.5
printf '%s\n' (0x10) (1.0)
