# exit with no value ends the script with exit code 0.
'one'
exit
'two'
