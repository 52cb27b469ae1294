# Spec 3.2: a script that sets $ExecutionContext.SessionState.LanguageMode to ConstrainedLanguage runs on constrained; functions and script blocks made before keep FullLanguage when called (a script block takes the mode of the session it is created in), not when dot-sourced or run by ForEach-Object, and FullLanguage cannot be set back
function Get-Larger { [math]::Max(3, 4) }
$early = { "early block runs in $($ExecutionContext.SessionState.LanguageMode)" }
$ExecutionContext.SessionState.LanguageMode = 'ConstrainedLanguage'
"now: $($ExecutionContext.SessionState.LanguageMode)"
"function defined before: $(Get-Larger)"
& $early
function Get-LargerLater { [math]::Max(5, 6) }
try { Get-LargerLater } catch { "function defined after: $($_.FullyQualifiedErrorId)" }
try { . $early } catch { "dot-sourcing the early block: $($_.FullyQualifiedErrorId)"; $_.Exception.Message }
try { . Get-Larger } catch { "dot-sourcing the early function: $($_.FullyQualifiedErrorId)" }
# Derived from CompiledScriptBlock.cs (InvokeWithPipeImpl), not confirmed by a run: ForEach-Object runs its block
# without a new scope, and a FullLanguage block run so does not lift a constrained session
1 | ForEach-Object $early
try { $ExecutionContext.SessionState.LanguageMode = 'FullLanguage' } catch { "setting FullLanguage: $($_.FullyQualifiedErrorId)" }
"still: $($ExecutionContext.SessionState.LanguageMode)"
