# A call's $args, $PSBoundParameters, $MyInvocation and $input are ordinary variables of its scope: read, replaced, removed, listed.
function Show-Args { "args: $($args -join ',')"; $args = 'replaced'; "after assignment: $args" }
Show-Args 1 2 3

function Inner { Remove-Variable args; "inner sees: $($args -join ',')" }
function Outer { Inner 'inner arg' }
Outer 'outer arg'

function Show-Bound($First, $Second) {
    "bound: $($PSBoundParameters.Keys -join ',')"
    $PSBoundParameters['Added'] = 1
    "invocation sees: $($MyInvocation.BoundParameters.Keys -join ',')"
}
Show-Bound -Second 2 1

function Show-Invocation { (Get-Variable MyInvocation -ValueOnly).MyCommand.Name; $MyInvocation.InvocationName }
Show-Invocation

function Count-Input { end { "input: $(@($input).Count)" } }
1..4 | Count-Input

function Each-Input { process { "item: $($input)" } }
'a', 'b' | Each-Input

function Replace-Input { end { $input = 'mine'; "replaced: $input" } }
1 | Replace-Input
