# An invalid pattern: -match raises InvalidRegularExpression around .NET's RegexParseException text
foreach ($p in '(', 'a)', '*a', 'a**', '[a', '\q', 'a\', '\2(a)', '\k<nope>(a)', '\p{Nope}') {
    try { $null = 'x' -match $p; "ok $p" } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.InnerException.Message)" }
}
try { 'x' -match '(' } catch { $_.Exception.Message }
try { [regex]::new('(') } catch { $_.Exception.InnerException.GetType().FullName }
try { 'x' -replace '[', 'y' } catch { $_.Exception.Message }
foreach ($p in '[z-a]', 'x{2,1}', '(?z)', '(?<>x)') {
    try { $null = [regex]::new($p); 'ok' } catch { $_.Exception.InnerException.Message -replace '^.*at offset \d+\. ' }
}
