# PowerShell's types that scripts make: psvariable, WildcardPattern, ErrorCategory, its exception types, Tuple, ValueTuple, uri
$variable = [psvariable]::new('answer', 42)
$variable.Name
$variable.Value
[psvariable]::new('empty').Value -eq $null
$pattern = [WildcardPattern]::new('a*c', [System.Management.Automation.WildcardOptions]::IgnoreCase)
$pattern.IsMatch('ABC')
$pattern.IsMatch('abd')
[WildcardPattern]::new('a*c').IsMatch('ABC')
[WildcardPattern]::ContainsWildcardCharacters('file?.txt')
[WildcardPattern]::ContainsWildcardCharacters('file.txt')
[WildcardPattern]::Escape('a*b[1]')
[System.Management.Automation.ErrorCategory]::ObjectNotFound
[int][System.Management.Automation.ErrorCategory]::InvalidArgument
[System.Management.Automation.ErrorCategory]'PermissionDenied'
$failure = [System.Management.Automation.PSArgumentException]::new('wrong value')
$failure.Message
$failure.GetType().FullName
try { throw [System.Management.Automation.PSInvalidOperationException]::new('not now') } catch [System.Management.Automation.PSInvalidOperationException] { 'caught ' + $_.Exception.Message }
[System.Management.Automation.RuntimeException]::new('runtime').Message
[System.Management.Automation.ItemNotFoundException]::new('gone').GetType().Name
$pair = [Tuple]::Create(1, 'one')
$pair.Item1
$pair.Item2
"$pair"
$pair.GetType().Name
[Tuple]::Create(1, 2) -eq [Tuple]::Create(1, 2)
$value = [ValueTuple]::Create('a', 'b')
$value.Item2 = 'z'
"$value"
$uri = [uri]'https://Example.COM:8443/path/to/page.html?q=1#top'
$uri.Scheme
$uri.Host
$uri.Port
$uri.AbsolutePath
$uri.Query
$uri.Fragment
$uri.Segments -join '|'
$uri.AbsoluteUri
$uri.IsDefaultPort
([uri]'http://example.com').AbsoluteUri
([uri]'http://example.com').Port
([uri]'relative/path').IsAbsoluteUri
[uri]::EscapeDataString('a b&c')
[uri]::new([uri]'http://example.com/dir/', 'file.txt').AbsoluteUri
