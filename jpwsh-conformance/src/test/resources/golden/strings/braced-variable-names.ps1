# ${...} names a variable with any characters and delimits a name inside a string.
${my var} = 5
${my var} + 1
"${my var}!"
$item = 'file'
"${item}s"
