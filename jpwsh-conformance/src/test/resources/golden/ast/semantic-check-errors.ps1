# The checks pwsh makes on a parsed tree report through Parser.ParseInput with pwsh's ids, messages and positions: flow leaving finally (not when a loop inside the finally takes it), a label a class method lacks, duplicate named attribute arguments, [void] parameters, foreach -Parallel/-ThrottleLimit, ++ and assignment targets, [ref] with other types, and what a class method may not have, $this in static members, a splatted variable in an argument list, workflows; a script holding one does not start
$cases = @(
    'foreach ($f in 1) { try { 1 } finally { continue } }'
    'try { 1 } finally { return }'
    'try { 1 } finally { foreach ($i in 1) { break } }'
    ':outer foreach ($a in 1) { try { 1 } finally { break outer } }'
    'class C { [void] M() { foreach ($i in 1) { break outer } } }'
    ':outer foreach ($a in 1) { function f { break outer } }'
    'function f { param([Parameter(Mandatory, Position = 0, mandatory = $false)] $x) }'
    'function f([void]$x) { }'
    'foreach -Parallel ($s in 1) { }'
    '5++'
    '${h}?.a++'
    '$a + $b = 3'
    '$a, $b = 1, 2'
    '($x) = 4'
    '[int][ref]$total = 42'
    'f ([ref][ref]$r)'
    'f ([int][ref]$r)'
    'class C { [void] M() { param($p) } }'
    'class C { [void] M() { begin { } } }'
    'class C { [void] C() { } }'
    'class C { [void] M([string][int]$p) { } }'
    'class C { static [string] D() { return $this.Name } }'
    'class C { static [string] $P = $this }'
    'class C { [string] D() { return $this.Name } }'
    "Write-Output 'first', @rest"
    'Write-Output @rest'
    'parallel { 1 }'
    'workflow w { parallel { 1 } }'
)
foreach ($text in $cases) {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$errors)
    $found = if ($errors) {
        ($errors | ForEach-Object { '{0}@{1} ({2})' -f $_.ErrorId, $_.Extent.StartColumnNumber, $_.Extent.Text }) -join '; '
    } else { 'no error' }
    "$text -> $found"
}
$errors[0].Message
try {
    $block = [scriptblock]::Create('"ran"; try { 1 } finally { return }')
    'created'
} catch {
    $_.Exception.GetType().Name
    $_.Exception.InnerException.GetType().Name
}
