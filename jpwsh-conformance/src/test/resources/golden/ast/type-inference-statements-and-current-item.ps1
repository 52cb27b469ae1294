# AstTypeInference through statements (if, switch, loops, try/catch, trap, return; exit gives nothing), foreach variables, $_ in catch and trap blocks, switch clauses and command script blocks (ForEach-Object, Where-Object, Sort-Object pipelines), $_.Exception as the caught types, strings' and collections' Length and Count, index expressions (a generic list's T, a dictionary's value type), constructed generic types with their arguments, the keys of hashtable and [pscustomobject] literals, $null, and an assignment asked about itself
$ati = [System.Management.Automation.Cmdlet].Assembly.GetType('System.Management.Automation.AstTypeInference')
$infer = $ati.GetMethods().Where{ $_.Name -ceq 'InferTypeOf' -and $_.GetParameters().Count -eq 1 }[0]
function Show-Inferred($what, $ast) { "$what => $(($infer.Invoke($null, $ast)).Name -join ', ')" }
function First-Of($block, [type]$kind) { $block.Ast.Find({ param($a) $a -is $kind }.GetNewClosure(), $true) }
$member = [System.Management.Automation.Language.MemberExpressionAst]
$variable = [System.Management.Automation.Language.VariableExpressionAst]
Show-Inferred 'if statement' { if ($true) { return 1 } else { return 'Text' } }.Ast
Show-Inferred 'switch' { switch (1, 2) { 1 { 'a' } 2 { [int] } default { 1 } } }.Ast
Show-Inferred 'foreach' { foreach ($i in 1, 2) { if ($i) { return 'Hello' }; 2.5 } }.Ast
Show-Inferred 'while' { while ($true) { return [datetime]::Now } }.Ast
Show-Inferred 'for' { for ($i = 0; $i -lt 3; $i++) { $i -eq 1 } }.Ast
Show-Inferred 'do' { do { 'x' } until ($true) }.Ast
Show-Inferred 'try' { try { 1 } catch { 'failed' } finally { $null } }.Ast
Show-Inferred 'exit' { exit }.Ast.EndBlock
Show-Inferred 'foreach variable' { foreach ($number in 1, 2, 3) { $number } }.Ast.EndBlock.Statements[0].Body.Statements[0].PipelineElements[0].Expression
Show-Inferred 'catch $_' (First-Of { try { } catch { $_ } } $variable)
Show-Inferred 'catch [T] $_.Exception' (First-Of { try { } catch [System.FormatException] { $_.Exception } } $member)
Show-Inferred 'catch [A], [B]' (First-Of { try { } catch [System.ArgumentException], [System.NotImplementedException] { $_.Exception } } $member)
Show-Inferred 'catch-all' (First-Of { try { } catch { $_.Exception } } $member)
Show-Inferred 'trap [T]' (First-Of { trap [System.DivideByZeroException] { $_.Exception } } $member)
Show-Inferred 'trap $_' (First-Of { trap { $PSItem } } $variable)
Show-Inferred 'switch $_' (First-Of { switch ('a', 'b') { 'a' { $_ } } } $variable)
$null = $infer.Invoke($null, (First-Of { switch ($_) { default { } } } $variable)); 'switch condition $_: no error'
Show-Inferred 'ForEach-Object' { [int[]] $i = 1..20; $i | ForEach-Object { $_ * 10 } }.Ast
Show-Inferred 'Where/Sort/ForEach' { [int[]](1..10) | Sort-Object -Descending | Where-Object { $_ -gt 3 } | ForEach-Object { $_.ToString() } }.Ast
Show-Inferred 'Group-Object $_' (First-Of { 1..10 | Group-Object { $_.Length } } $variable)
Show-Inferred 'Length' { 'Text'.Length }.Ast
Show-Inferred 'index' { (1, 2, 3)[0] }.Ast
Show-Inferred 'string index' { 'abc'[1] }.Ast
Show-Inferred '$null' { $null = 'Hello'; $null }.Ast
Show-Inferred 'assignment' (First-Of { $Test1 = 'Hello' } ([System.Management.Automation.Language.AssignmentStatementAst]))
Show-Inferred 'generic new' { [System.Collections.Generic.List[int]]::new() }.Ast
Show-Inferred 'generic index' { [System.Collections.Generic.List[int]]::new()[0] }.Ast
Show-Inferred 'dictionary index' { [System.Collections.Generic.Dictionary[int, DateTime]]::new()[1] }.Ast
Show-Inferred 'generic list piped' { $l = [System.Collections.Generic.List[string]]::new(); $l | ForEach-Object { $_ } }.Ast
Show-Inferred 'foreach over a generic list' { foreach ($x in [System.Collections.Generic.List[guid]]::new()) { $x } }.Ast
Show-Inferred 'hashtable key' { (@{ When = [datetime]::Now; Name = 'x' }).When }.Ast
Show-Inferred 'pscustomobject property' { ([pscustomobject]@{ Id = [guid]::NewGuid(); Size = 1 }).Id }.Ast
Show-Inferred 'ordered key' { ([ordered]@{ n = 1; s = 'x' }).s }.Ast
