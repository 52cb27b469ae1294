# An array literal written on a native program's command line passes its text as pwsh 7.4 does ("a,b" is one
# argument), while an array held in a variable passes one argument per element.
/bin/echo a,b
/bin/echo 1,2,3 x
$arguments = 'a', 'b'
/bin/echo $arguments
printf '<%s>\n' a,b 'c d'
printf '<%s>\n' a, b
