# Objects the engine hands to scripts report .NET type names: the language mode enum, the match a -replace script block gets, the type GetType() returns.
$ExecutionContext.SessionState.LanguageMode.GetType().FullName
'ab' -replace 'b', { $_.GetType().FullName }
(1).GetType().GetType().FullName
