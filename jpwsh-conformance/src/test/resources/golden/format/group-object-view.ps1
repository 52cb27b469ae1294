# Group-Object results use their predefined view: Count right-aligned in 5, Name in 25, then Group.
'b', 'a', 'b' | Group-Object
