# AstTypeInference (internal in pwsh, reached by reflection as its tests do) infers constants, type literals and casts, arrays, assigned variables, parameters, commands' OutputType, members and operators
$ati = [System.Management.Automation.Cmdlet].Assembly.GetType('System.Management.Automation.AstTypeInference')
"found: $($ati.FullName)"
$methods = $ati.GetMethods().Where{ $_.Name -ceq 'InferTypeOf' }
$m1 = 'System.Collections.Generic.IList`1[System.Management.Automation.PSTypeName] InferTypeOf(System.Management.Automation.Language.Ast)'
$m2 = 'System.Collections.Generic.IList`1[System.Management.Automation.PSTypeName] InferTypeOf(System.Management.Automation.Language.Ast, System.Management.Automation.TypeInferenceRuntimePermissions)'
"signatures: $($methods.Where{ $m1 -eq $_ }.Count) $($methods.Where{ $m2 -eq $_ }.Count)"
$infer = $methods.Where{ $_.GetParameters().Count -eq 1 }[0]
function Show-Inferred($block) { "$block => $(($infer.Invoke($null, $block.Ast)).Name -join ', ')" }
function global:Get-Typed { [OutputType([int])] param() 1 }
Show-Inferred { 1 }
Show-Inferred { 'Text' }
Show-Inferred { "expand $x" }
Show-Inferred { [int] }
Show-Inferred { @{} }
Show-Inferred { @() }
Show-Inferred { @('test'; 'second') }
Show-Inferred { @('test'; 1) }
Show-Inferred { , 1 }
Show-Inferred { 0, 1 }
Show-Inferred { [int]'5' }
Show-Inferred { $v = 'a'; $v }
Show-Inferred { [int]$n = 5; $n }
Show-Inferred { param([string]$p) $p }
Show-Inferred { $true }
Show-Inferred { 'abc'.ToUpper() }
Show-Inferred { 1 -eq 2 }
Show-Inferred { 'a', 'b' -join ',' }
Show-Inferred { (1) }
Show-Inferred { $(1) }
Show-Inferred { Get-Typed }
Show-Inferred { New-Guid }
"a result is a list of PSTypeName: $($infer.Invoke($null, { 1 }.Ast)[0].GetType().FullName) type $($infer.Invoke($null, { 1 }.Ast)[0].Type)"
