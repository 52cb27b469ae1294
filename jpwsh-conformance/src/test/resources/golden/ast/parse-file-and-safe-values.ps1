# [Parser]::ParseFile names the file in every extent; SafeGetValue turns data-only nodes into values
using namespace System.Management.Automation.Language
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-ast-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    $file = Join-Path $dir 'sample.ps1'
    Set-Content -Path $file -Value "# a sample`nfunction Get-Answer { 42 }`nGet-Answer"
    $tokens = $null
    $errors = $null
    $ast = [Parser]::ParseFile($file, [ref]$tokens, [ref]$errors)
    $ast.Extent.File -eq $file
    $ast.EndBlock.Statements[0].Extent.File -eq $file
    $ast.EndBlock.Statements[0].Name
    $ast.EndBlock.Statements[1].Extent.StartLineNumber
    $tokens[0].Kind
    $tokens[0].Text
    $errors.Count
    # ParseInput with a file name
    $named = [Parser]::ParseInput('1', 'virtual.ps1', [ref]$tokens, [ref]$errors)
    $named.Extent.File
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}

'--- SafeGetValue'
$data = { @{ Name = 'x'; Size = 3; Tags = @('a', 'b'); Nested = @{ On = $true; Off = $false; None = $null } } }
$table = $data.Ast.Find({ $args[0] -is [HashtableAst] }, $false).SafeGetValue()
$table.GetType().Name
$table.Name
$table.Size
$table.Tags -join '+'
$table.Nested.On
$table.Nested.None -eq $null
$array = { 1, -2, 'three' }.Ast.Find({ $args[0] -is [ArrayLiteralAst] }, $true).SafeGetValue()
$array.GetType().FullName
$array -join ','
{ 'text' }.Ast.Find({ $args[0] -is [StringConstantExpressionAst] }, $true).SafeGetValue()
try { { Get-Date }.Ast.SafeGetValue() } catch { $_.Exception.Message }
