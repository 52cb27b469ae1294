# Multiplying a string repeats it; zero repetitions give the empty string.
'ab' * 3
'-' * 10
"[$('x' * 0)]"
