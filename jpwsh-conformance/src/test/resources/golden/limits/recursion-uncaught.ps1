# An uncaught call depth overflow ends only the statement that made the deepest call, reported at its position as pwsh's statement handler reports it; the calls unwind and the script goes on.
function Enter-Deeper { Enter-Deeper }
'before'
Enter-Deeper
'after'
