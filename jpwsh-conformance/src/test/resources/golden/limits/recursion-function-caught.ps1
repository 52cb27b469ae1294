# Runaway recursion of a function ends in a ScriptCallDepthException that try/catch catches, deeper than the ~4,700 levels pwsh reaches, and the script goes on.
$script:depth = 0
function Enter-Deeper { $script:depth++; Enter-Deeper }
try {
    Enter-Deeper
} catch [System.Management.Automation.ScriptCallDepthException] {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.Message
    $_.Exception.GetType().FullName
    $_.TargetObject
}
"deeper than 5000: $($script:depth -gt 5000)"
function Measure-Depth([int] $n) { if ($n -gt 0) { 1 + (Measure-Depth ($n - 1)) } else { 0 } }
"3000 levels: $(Measure-Depth 3000)"
'after'
