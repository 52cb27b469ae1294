# exit inside a function ends the whole script, not just the function.
#! exit: 2
function Stop-All { 'in function'; exit 2 }
Stop-All
'never printed'
