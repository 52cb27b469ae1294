# A trap with continue handles the error and resumes after the failing statement.
function Test-Trap {
    trap { "trapped: $_"; continue }
    'before'
    throw 'oops'
    'after'
}
Test-Trap
