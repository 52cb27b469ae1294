# pwsh's VariableNotLocal rules for class methods, each case parsed on its own: what counts as assigned on every path before a read (parameters, assignments on all branches, do-loop bodies, a finally, a try whose catches all assign) and what does not (an if without else, a loop or switch body, a try body, the right side of -and), and what is never checked (qualified variables, $this, $_, $args, $true, $Matches, $Error, nested script blocks and functions, variables assigned anywhere once the method calls Set-Variable)
$cases = [ordered]@{
    'unassigned read'           = 'class C { [int] M() { $y = $z; return $y } }'
    'foreach source'            = 'class C { M() { foreach ($i in $items) { } } }'
    'inside a foreach body'     = 'class C { M() { foreach ($i in $global:items) { $a = $b } } }'
    'after try with finally'    = 'class C { M() { try { $v = 42 } finally { } $v } }'
    'after try with catch'      = 'class C { M() { try { $v = 42 } catch { } $v } }'
    'after switch'              = 'class C { M() { switch (@()) { default { $v = 42 } } $v } }'
    'after if without else'     = 'class C { M() { if ($true) { $v = 1 }; $v } }'
    'after -and'                = 'class C { M() { $a = $true -and ($v = 1); $v } }'
    'session variable'          = 'class C { M() { $Host.Name } }'
    'parameters and branches'   = 'class C { [int] M($p) { $x = 1; if ($p) { $y = 2 } else { $y = 3 }; return $x + $y + $p } }'
    'do loop body'              = 'class C { M() { do { $q = 1 } while ($false); $q } }'
    'try and catch both assign' = 'class C { M() { try { $a = 1 } catch { $a = 2 }; $a } }'
    'finally assigns'           = 'class C { M() { try { } finally { $a = 1 }; $a } }'
    'never checked'             = 'class C { M() { $this; $_; $args; $true; $null; $global:g; $script:s; $env:HOME; $Error; $Matches; $LASTEXITCODE; { $u }; function f { $u2 } } }'
    'loops and hashtables'      = 'class C { M() { foreach ($i in 1..3) { $i }; for ($j = 0; $j -lt 3; $j++) { $j }; $k = @{ a = ($m = 1) }; $m; "x$k" } }'
    'Set-Variable anywhere'     = 'class C { M() { Set-Variable -Name v -Value 1; $v; $v = 2 } }'
}
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    foreach ($case in $cases.GetEnumerator()) {
        $file = Join-Path $dir 'case.ps1'
        Set-Content -LiteralPath $file -Value $case.Value
        try {
            . $file
            "{0}: parses" -f $case.Key
        } catch {
            "{0}: {1} at column {2}" -f $case.Key, $_.FullyQualifiedErrorId, $_.InvocationInfo.OffsetInLine
        }
    }
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
