# The usual ways to hand a function defined in a script to runspaces: ${function:Name} gives its script block,
# which becomes a SessionStateFunctionEntry, or the text of a function definition run first in the runspace.
function Get-Square { param($n) $n * $n }
function Format-Result { param($label, $value) "${label}: $value" }

$definition = ${function:Get-Square}
"definition is a $($definition.GetType().Name): {$definition}"

$iss = [initialsessionstate]::CreateDefault()
$functions = [ordered]@{ 'Get-Square' = ${function:Get-Square}; 'Format-Result' = ${function:Format-Result} }
foreach ($name in $functions.Keys) {
    $iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new($name, $functions[$name]))
}
$pool = [runspacefactory]::CreateRunspacePool(1, 2, $iss, $Host)
$pool.Open()
$shells = foreach ($i in 1..3) {
    $ps = [powershell]::Create().AddScript({ param($i) Format-Result "square of $i" (Get-Square $i) }).AddArgument($i)
    $ps.RunspacePool = $pool
    [pscustomobject]@{ Shell = $ps; Handle = $ps.BeginInvoke() }
}
foreach ($s in $shells) { $s.Shell.EndInvoke($s.Handle); $s.Shell.Dispose() }
$pool.Dispose()

# The definition as text, run as the first statement of the runspace's script.
$text = "function Get-Square {${function:Get-Square}}"
[powershell]::Create().AddScript($text).AddStatement().AddScript('Get-Square 9').Invoke()

# Assigning to ${function:Name} defines a function, from a script block or from text.
${function:Get-Cube} = { param($n) $n * $n * $n }
${function:Get-Half} = 'param($n) $n / 2'
"cube: $(Get-Cube 3), half: $(Get-Half 9), missing: $($null -eq ${function:No-Such-Function})"
