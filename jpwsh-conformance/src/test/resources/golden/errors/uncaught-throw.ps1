# An uncaught throw ends the script with exit code 1 and is shown with its script position.
#! exit: 1
'before'
throw 'boom'
'after'
