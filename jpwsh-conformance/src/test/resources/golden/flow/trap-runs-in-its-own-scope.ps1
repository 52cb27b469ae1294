# A trap's body runs in a scope of its own, as pwsh always gives it one: a variable it assigns stays there (the function's is unchanged), $script: reaches the script's, and $_ is the error.
$count = 0
function Invoke-Work {
    trap { $count = 99; $script:seen = $_.Exception.Message; "trapped: $_"; continue }
    $before = 'set'
    throw 'boom'
    "after the error: before=$before count=$count"
}
Invoke-Work
"count=$count seen=$seen"
trap { $level = 'trap'; "top-level trap: $_"; continue }
$level = 'script'
Write-Error 'soft' -ErrorAction Stop
"level=$level"
