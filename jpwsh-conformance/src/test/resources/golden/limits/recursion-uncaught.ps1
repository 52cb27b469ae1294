# An uncaught call depth overflow ends the script (it is not a statement-terminating RuntimeException) and shows without a position, as pwsh shows it.
#! exit: 1
function Enter-Deeper { Enter-Deeper }
'before'
Enter-Deeper
'not reached'
