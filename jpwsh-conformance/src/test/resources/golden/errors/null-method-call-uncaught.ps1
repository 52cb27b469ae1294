# Calling a method on $null is reported as InvalidOperation, and the script goes on.
$nothing = $null
$nothing.ToString()
'after'
