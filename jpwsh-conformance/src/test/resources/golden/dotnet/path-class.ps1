# [System.IO.Path] splits and changes file names without touching the file system.
[System.IO.Path]::GetFileName('dir/sub/file.tar.gz')
[System.IO.Path]::GetExtension('dir/file.txt')
[System.IO.Path]::GetFileNameWithoutExtension('dir/file.txt')
[System.IO.Path]::ChangeExtension('notes.txt', '.md')
[System.IO.Path]::Combine('a', 'b', 'c.txt') -replace '\\', '/'
[System.IO.Path]::HasExtension('README')
