# -WhatIf on the item and content cmdlets changes nothing (its messages go to the host, which names the machine's temp folder)
$root = Join-Path ([System.IO.Path]::GetTempPath()) ("jpwsh-golden-whatif-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path "$root/dir"
Set-Content "$root/a.txt" 'kept'
$shell = [powershell]::Create()
$null = $shell.AddScript("Set-Location '$root'
    Remove-Item a.txt -WhatIf
    Remove-Item dir -Recurse -WhatIf
    New-Item b.txt -WhatIf
    New-Item newdir -ItemType Directory -WhatIf
    Copy-Item a.txt c.txt -WhatIf
    Move-Item a.txt dir -WhatIf
    Rename-Item a.txt z.txt -WhatIf
    Set-Content a.txt 'changed' -WhatIf
    Add-Content a.txt 'changed' -WhatIf
    Clear-Content a.txt -WhatIf").Invoke()
$shell.Dispose()
(Get-ChildItem $root -Recurse -Name) -join ','
Get-Content "$root/a.txt"
Remove-Item $root -Recurse
