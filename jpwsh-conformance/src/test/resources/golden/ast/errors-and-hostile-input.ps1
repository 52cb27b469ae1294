# Parse errors come back as ParseError objects; careless and hostile arguments ($null, numbers, huge or deeply nested text, missing files) get PowerShell errors
using namespace System.Management.Automation.Language
$tokens = $null
$errors = $null
$ast = [Parser]::ParseInput("function f {`n  if (`$x) { 'a'", [ref]$tokens, [ref]$errors)
$errors.GetType().FullName
$errors.Count
foreach ($e in $errors) { '{0} incomplete={1} at {2}:{3}' -f $e.ErrorId, $e.IncompleteInput, $e.Extent.StartLineNumber, $e.Extent.StartColumnNumber }
$errors[0].Message
$ast.GetType().Name
$ast.EndBlock.Statements.Count

$null = [Parser]::ParseInput('$a = ', [ref]$tokens, [ref]$errors)
$errors[0].ErrorId
$errors[0].IncompleteInput
$null = [Parser]::ParseInput('1 +* 2', [ref]$tokens, [ref]$errors)
$errors[0].ErrorId
$errors[0].IncompleteInput
$errors[0].ToString()

# No errors: an empty array
$null = [Parser]::ParseInput('Get-Date', [ref]$tokens, [ref]$errors)
$errors.Count
$errors.GetType().FullName

# $null and numbers are text like any other
$r = [Parser]::ParseInput($null, [ref]$tokens, [ref]$errors)
'{0} {1} {2}' -f $r.Extent.Text.Length, $errors.Count, $tokens.Count
$tokens[0].Kind
$r = [Parser]::ParseInput(42, [ref]$tokens, [ref]$errors)
$r.EndBlock.Statements[0].PipelineElements[0].Expression.Value

# A 1 MB script
$big = '$s = ''' + ('x' * 1048576) + "'`n" + ('$a = 1; ' * 4096)
$r = [Parser]::ParseInput($big, [ref]$tokens, [ref]$errors)
'{0} {1} {2}' -f $r.EndBlock.Statements.Count, $errors.Count, $r.EndBlock.Statements[0].Right.Expression.Value.Length

# Nesting deeper than any parser allows is one parse error, not a crash
$deep = ('(' * 20000) + '1' + (')' * 20000)
$r = [Parser]::ParseInput($deep, [ref]$tokens, [ref]$errors)
$errors.Count
$errors[0].ErrorId

# Method errors
try { [Parser]::ParseFile('/nonexistent-jpwsh-dir/none.ps1', [ref]$tokens, [ref]$errors) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { $ast.Find($null, $true) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { { $a }.Ast.EndBlock.Statements[0].PipelineElements[0].Expression.SafeGetValue() } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [System.Management.Automation.PSParser]::Tokenize([string]$null, [ref]$errors).Count } catch { $_.Exception.Message }
