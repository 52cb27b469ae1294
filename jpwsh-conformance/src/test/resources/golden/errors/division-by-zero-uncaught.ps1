# Dividing by zero is a statement-terminating RuntimeException: it is reported and the script goes on.
$zero = 0
1 / $zero
'after'
