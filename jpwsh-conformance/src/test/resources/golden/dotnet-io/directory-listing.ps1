# [System.IO.Directory]: GetFiles/GetDirectories/Enumerate* with patterns and SearchOption, Move, Delete(recursive)
$d = [IO.Path]::GetTempPath() + 'jpwsh-io-dirs-' + [guid]::NewGuid()
$null = [IO.Directory]::CreateDirectory("$d/sub/deeper")
$null = [IO.Directory]::CreateDirectory("$d/other")
foreach ($name in 'a.txt', 'b.log', 'c.txt1', 'sub/d.txt', 'sub/deeper/e.txt', 'other/f.TXT') {
    [IO.File]::WriteAllText("$d/$name", $name)
}
function Rel($paths) { ($paths | ForEach-Object { $_.Substring($d.Length + 1) } | Sort-Object) -join ' ' }
try {
    "all files: $(Rel ([IO.Directory]::GetFiles($d)))"
    "*.txt: $(Rel ([IO.Directory]::GetFiles($d, '*.txt')))"
    "?.log: $(Rel ([IO.Directory]::GetFiles($d, '?.log')))"
    "*.txt everywhere: $(Rel ([IO.Directory]::GetFiles($d, '*.txt', [IO.SearchOption]::AllDirectories)))"
    "by name of the option: $(Rel ([IO.Directory]::GetFiles($d, '*.txt', 'AllDirectories')))"
    "directories: $(Rel ([IO.Directory]::GetDirectories($d)))"
    "all directories: $(Rel ([IO.Directory]::GetDirectories($d, '*', 'AllDirectories')))"
    "entries: $(Rel ([IO.Directory]::GetFileSystemEntries($d)))"
    "EnumerateFiles: $(Rel ([IO.Directory]::EnumerateFiles($d, '*.txt', 'AllDirectories')))"
    "EnumerateDirectories: $(Rel ([IO.Directory]::EnumerateDirectories($d)))"
    "result type: $([IO.Directory]::GetFiles($d).GetType().Name)"
    "no match: $([IO.Directory]::GetFiles($d, '*.none').Count)"
    "relative results keep the given form: $([IO.Directory]::GetFiles("$d/sub/../sub")[0].Substring($d.Length))"
    [IO.Directory]::Move("$d/other", "$d/moved")
    "moved: $([IO.Directory]::Exists("$d/other")) $([IO.File]::Exists("$d/moved/f.TXT"))"
    try { [IO.Directory]::Move("$d/moved", "$d/sub") } catch { $_.Exception.InnerException.Message.Replace($d, 'D') }
    try { [IO.Directory]::Move("$d/nothing", "$d/x") } catch { $_.Exception.InnerException.Message.Replace($d, 'D') }
    $info = [IO.Directory]::CreateDirectory("$d/made/twice")
    $again = [IO.Directory]::CreateDirectory("$d/made/twice")
    "CreateDirectory: $($info.GetType().Name) $($info.Name) $($again.Exists)"
    "parent: $([IO.Directory]::GetParent("$d/made/twice").Name)"
    [IO.Directory]::Delete("$d/made/twice")
    "deleted empty: $([IO.Directory]::Exists("$d/made/twice"))"
    [IO.Directory]::Delete("$d/sub", $true)
    "deleted tree: $([IO.Directory]::Exists("$d/sub")) $([IO.File]::Exists("$d/sub/deeper/e.txt"))"
} finally {
    [IO.Directory]::Delete($d, $true)
}
"cleaned: $([IO.Directory]::Exists($d))"
