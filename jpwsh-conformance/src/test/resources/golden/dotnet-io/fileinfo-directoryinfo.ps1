# [System.IO.FileInfo] and [System.IO.DirectoryInfo]: properties and operations as .NET has them
$d = [IO.Path]::GetTempPath() + 'jpwsh-io-info-' + [guid]::NewGuid()
$dir = [IO.DirectoryInfo]::new($d)
"before Create: $($dir.Exists)"
$dir.Create()
"after Create: $($dir.Exists) $($dir.Attributes) $($dir.Parent.FullName -eq [IO.Path]::GetDirectoryName($d))"
try {
    $file = [IO.FileInfo]"$d/report.final.csv"
    "missing: $($file.Exists) $($file.Name) $($file.Extension) $($file.DirectoryName -eq $d)"
    $w = $file.CreateText()
    $w.WriteLine('a,b')
    $w.Close()
    $file.Refresh()
    "created: $($file.Exists) $($file.Length) $($file.Attributes) $($file.IsReadOnly)"
    "FullName: $($file.FullName -eq "$d/report.final.csv") ToString: $($file.ToString() -eq "$d/report.final.csv")"
    "Directory: $($file.Directory.GetType().Name) $($file.Directory.FullName -eq $d)"
    $w = $file.AppendText(); $w.Write('c,d'); $w.Dispose()
    $r = $file.OpenText(); "text: $($r.ReadToEnd().Replace("`n", '|'))"; $r.Close()
    $copy = $file.CopyTo("$d/copy.csv")
    "copy: $($copy.Name) $($copy.Length)"
    $file.LastWriteTime = [datetime]::new(2020, 1, 2, 3, 4, 5)
    "LastWriteTime: $($file.LastWriteTime.ToString('yyyy-MM-dd HH:mm:ss'))"
    "File.GetLastWriteTime: $([IO.File]::GetLastWriteTime($file.FullName).Year)"
    $file.IsReadOnly = $true
    "read-only: $($file.IsReadOnly) $($file.Attributes)"
    $file.IsReadOnly = $false
    [IO.File]::WriteAllText("$d/.hidden", '')
    "hidden: $([IO.File]::GetAttributes("$d/.hidden"))"
    $sub = $dir.CreateSubdirectory('inner')
    "subdirectory: $($sub.Name) $($sub.Parent.Name -eq $dir.Name)"
    "files: $(($dir.GetFiles() | ForEach-Object Name | Sort-Object) -join ' ')"
    "csv files: $(($dir.GetFiles('*.csv') | ForEach-Object Name | Sort-Object) -join ' ')"
    "directories: $(($dir.GetDirectories() | ForEach-Object Name) -join ' ')"
    "infos: $(($dir.GetFileSystemInfos() | ForEach-Object { $_.GetType().Name } | Sort-Object -Unique) -join ' ')"
    $result = $copy.MoveTo("$d/inner/moved.csv")
    "moved: $([IO.File]::Exists("$d/copy.csv")) $($null -eq $result) $($copy.Name) $($copy.Directory.Name)"
    $copy.Delete()
    "deleted: $([IO.File]::Exists("$d/inner/moved.csv"))"
    "missing file times: $([IO.File]::GetLastWriteTimeUtc("$d/none").ToString('yyyy-MM-dd'))"
    "root: $([IO.DirectoryInfo]::new('/').Parent -eq $null) $([IO.DirectoryInfo]::new('/').Name)"
} finally {
    $dir.Delete($true)
}
"cleaned: $([IO.Directory]::Exists($d))"
