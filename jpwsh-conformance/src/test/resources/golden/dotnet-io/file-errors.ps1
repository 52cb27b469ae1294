# .NET exceptions from System.IO reach scripts inside MethodInvocationException with .NET's types and messages
$d = [IO.Path]::GetTempPath() + 'jpwsh-io-errors-' + [guid]::NewGuid()
$null = [IO.Directory]::CreateDirectory($d)
function Show([scriptblock] $action) {
    try {
        & $action
        'no error'
    } catch {
        $inner = $_.Exception.InnerException
        '{0} | {1} | {2}' -f $_.FullyQualifiedErrorId, $inner.GetType().FullName, $inner.Message.Replace($d, 'D')
    }
}
try {
    Show { [IO.File]::ReadAllText("$d/missing.txt") }
    Show { [IO.File]::ReadAllText("$d/no/such.txt") }
    Show { [IO.File]::ReadAllText($d) }
    Show { [IO.File]::ReadAllText('') }
    Show { [IO.File]::ReadAllText([NullString]::Value) }
    Show { [IO.File]::ReadAllBytes("$d/missing.bin") }
    Show { [IO.File]::WriteAllText("$d/no/such.txt", 'x') }
    Show { [IO.File]::WriteAllText($d, 'x') }
    [IO.File]::WriteAllText("$d/a.txt", 'a')
    [IO.File]::WriteAllText("$d/b.txt", 'b')
    Show { [IO.File]::Copy("$d/a.txt", "$d/b.txt") }
    Show { [IO.File]::Copy("$d/a.txt", "$d/b.txt", $true) }
    "b now: $([IO.File]::ReadAllText("$d/b.txt"))"
    Show { [IO.File]::Copy("$d/missing.txt", "$d/c.txt") }
    Show { [IO.File]::Move("$d/a.txt", "$d/b.txt") }
    Show { [IO.File]::Delete("$d/missing.txt") }
    Show { [IO.File]::Delete("$d/no/such.txt") }
    Show { [IO.Directory]::Delete("$d/missing") }
    $null = [IO.Directory]::CreateDirectory("$d/full")
    [IO.File]::WriteAllText("$d/full/x.txt", 'x')
    Show { [IO.Directory]::Delete("$d/full") }
    Show { [IO.Directory]::GetFiles("$d/missing") }
    Show { [IO.Directory]::CreateDirectory("$d/a.txt/sub") }
    Show { [IO.FileInfo]::new("$d/missing.txt").Length }
    Show { [IO.File]::Open("$d/a.txt", [IO.FileMode]::CreateNew) }
    Show { [IO.File]::Open("$d/missing.txt", 'Open') }
    try { [IO.File]::ReadAllText("$d/missing.txt") } catch [System.IO.FileNotFoundException] { 'caught as FileNotFoundException' }
    try { [IO.File]::ReadAllText("$d/no/such.txt") } catch [System.IO.IOException] { 'DirectoryNotFoundException caught as IOException' }
    try { [IO.File]::ReadAllText($d) } catch [UnauthorizedAccessException] { 'caught as UnauthorizedAccessException' }
    try { [IO.File]::ReadAllText('') } catch [ArgumentException] { 'caught as ArgumentException' }
    "Exists of odd paths: $([IO.File]::Exists('')) $([IO.File]::Exists($null)) $([IO.File]::Exists($d)) $([IO.Directory]::Exists(''))"
} finally {
    [IO.Directory]::Delete($d, $true)
}
