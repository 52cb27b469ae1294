# ForEach-Object's positional values after -Process are -RemainingScripts, a ScriptBlock[]: a value that is no script block fails that parameter's binding (ParameterBinderStrings CannotConvertArgumentNoMessage).
try { 1 | ForEach-Object a (1, 2) -Process { 1 } } catch {
    $_.Exception.Message
    $_.Exception.GetType().FullName
}
try { 1 | ForEach-Object { 'p' } 'x' } catch { $_.Exception.Message }
