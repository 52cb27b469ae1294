# pwsh's errors for class definitions, each case run from a file of its own: the id and the column it points at (a duplicate type or member, a base class written after the class or in a cycle, which is TypeNotFound since a class may derive only from one defined before it, an interface member left out, a base without a parameterless constructor)
$cases = [ordered]@{
    'duplicate type'            = 'class foo {} class foo {}'
    'duplicate property'        = 'class C { $x; [int]$x; }'
    'duplicate method'          = 'class C { f(){} f(){} }'
    'base defined later'        = 'class A : B {}; class B {}'
    'cycle of two'              = 'class A : B {}; class B : A {}'
    'cycle of three'            = 'class A : C {}; class B : A {}; class C : B {}'
    'unknown interface'         = 'class bar {}; class baz : bar, Non.Existing.Interface {}'
    'interface member missing'  = 'class H : System.Collections.IEqualityComparer { [bool] Equals([object] $a, [object] $b) { return $true } }'
    'base needs arguments'      = 'class A { A($a) {} }; class B : A { }'
    'base defined first'        = 'class B {}; class A : B {}; [A]::new() -is [B]'
}
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    foreach ($case in $cases.GetEnumerator()) {
        $file = Join-Path $dir 'case.ps1'
        Set-Content -LiteralPath $file -Value $case.Value
        try {
            "{0}: runs: {1}" -f $case.Key, (. $file)
        } catch {
            "{0}: {1} at column {2}" -f $case.Key, $_.FullyQualifiedErrorId, $_.InvocationInfo.OffsetInLine
        }
    }
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
