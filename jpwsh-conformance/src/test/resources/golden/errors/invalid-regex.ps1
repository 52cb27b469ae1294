# An invalid pattern: -match and -replace raise InvalidRegularExpression (ParserStrings) around .NET 8's RegexParseException; [regex]::new wraps that exception as a call of ".ctor".
try { 'a' -match '(' } catch {
    $_.Exception.Message
    $_.FullyQualifiedErrorId
    $_.Exception.InnerException.GetType().FullName
    $_.Exception.InnerException.Message
}
try { 'a' -replace 'a)', 'b' } catch { $_.Exception.Message; $_.Exception.InnerException.Message }
try { [regex]::new('(') } catch {
    $_.Exception.Message
    $_.Exception.InnerException.GetType().FullName
}
try { [regex]::IsMatch('a', '[a') } catch { $_.Exception.InnerException.Message }
