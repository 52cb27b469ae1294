# exit inside try still runs the finally block before the script ends.
#! exit: 3
try {
    'in try'
    exit 3
} finally {
    'in finally'
}
'after'
