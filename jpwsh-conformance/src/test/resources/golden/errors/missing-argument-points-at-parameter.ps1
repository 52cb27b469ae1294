# A parameter given no argument is reported under the cmdlet's name, underlining that parameter.
Get-Random -Maximum
'after'
