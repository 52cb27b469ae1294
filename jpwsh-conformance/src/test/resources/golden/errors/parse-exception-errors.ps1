# A ParseException carries the parser's errors (Errors, the language API's ParseError objects), takes the first one's
# id, and its message gives each error's position, as pwsh's does: from [scriptblock]::Create, Invoke-Expression and
# a PowerShell instance's script
try { [scriptblock]::Create("1 +`n2 +") } catch {
    $parse = $_.Exception.InnerException
    $parse.GetType().FullName
    $parse.Errors.Count
    $parse.Errors | ForEach-Object { "$($_.ErrorId) at $($_.Extent.StartLineNumber):$($_.Extent.StartColumnNumber)" }
    $parse.ErrorRecord.FullyQualifiedErrorId
    $parse.Message
}
try { Invoke-Expression 'if (' } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Errors[0].IncompleteInput
}
try { [powershell]::Create().AddScript('foreach').Invoke() } catch {
    $_.Exception.InnerException.Errors[0].ErrorId
}
