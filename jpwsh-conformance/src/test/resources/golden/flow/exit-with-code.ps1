# exit N ends the script at once with exit code N.
#! exit: 5
'before'
exit 5
'after'
