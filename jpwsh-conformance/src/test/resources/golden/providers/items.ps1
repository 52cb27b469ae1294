# New-Item, Remove-Item, Copy-Item, Move-Item and Rename-Item on files, folders and links, with pwsh's errors for existing and missing items
$root = Join-Path ([System.IO.Path]::GetTempPath()) ("jpwsh-golden-items-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $root
Set-Location $root
function Listing { (Get-ChildItem -Recurse -Name) -join ',' }
function Caught([scriptblock] $block) {
    try { & $block } catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($root, 'ROOT') }
}

'-- New-Item'
(New-Item -Path a.txt -ItemType File -Value 'first').Name
Get-Content a.txt
(New-Item -Path folder -ItemType Directory).GetType().Name
(New-Item -Path folder -Name named.txt).Name
(New-Item nested/deep/file.txt -Force).Name
(New-Item made/by/directory -ItemType Directory).FullName.Replace($root, 'ROOT')
Caught { New-Item a.txt -ErrorAction Stop }
Caught { New-Item folder -ItemType Directory -ErrorAction Stop }
Caught { New-Item missing/parent.txt -ErrorAction Stop }
(New-Item a.txt -Force -Value 'second').Length
(New-Item folder -ItemType Directory -Force).Name
$link = New-Item -ItemType SymbolicLink -Path link.txt -Value a.txt
$link.LinkType, $link.Target, $link.Mode -join ','
Get-Content link.txt
Listing

'-- Remove-Item'
Caught { Remove-Item folder -ErrorAction Stop }
Caught { Remove-Item no-such-file -ErrorAction Stop }
Remove-Item link.txt
Test-Path a.txt
Remove-Item nested -Recurse
Remove-Item made/by/*
Remove-Item *.none
Listing

'-- Copy-Item'
Copy-Item a.txt b.txt
Copy-Item a.txt folder
Copy-Item folder copy-shallow
Copy-Item folder copy-deep -Recurse
Copy-Item -Path a.txt, b.txt -Destination made
(Copy-Item a.txt c.txt -PassThru).Name
Caught { Copy-Item a.txt a.txt -ErrorAction Stop }
Caught { Copy-Item no-such-file x -ErrorAction Stop }
Listing

'-- Move-Item and Rename-Item'
Move-Item c.txt folder
Move-Item b.txt moved.txt
(Move-Item moved.txt made -PassThru).FullName.Replace($root, 'ROOT')
Caught { Move-Item a.txt made/a.txt -ErrorAction Stop }
Move-Item a.txt made/a.txt -Force
Rename-Item copy-deep renamed
(Rename-Item renamed/named.txt other.txt -PassThru).Name
Caught { Rename-Item renamed/other.txt a.txt -ErrorAction Stop }
Caught { Rename-Item no-such-file x -ErrorAction Stop }
Listing

Set-Location ([System.IO.Path]::GetTempPath())
Remove-Item $root -Recurse
Test-Path $root
