# Pipeline objects bind to the item cmdlets as pwsh's binder does: by value, else by property name (PSPath -> -LiteralPath), each object afresh; -Path is mandatory
$root = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory $root
Set-Location $root
Set-Content -LiteralPath 'a[1].txt' -Value 'first'
Set-Content -LiteralPath 'b.txt' -Value 'second'
function Show($label, [scriptblock] $body) {
    try {
        $out = & $body 2>&1
        foreach ($o in $out) {
            if ($o -is [System.Management.Automation.ErrorRecord]) { "$label error: $($o.FullyQualifiedErrorId)" }
            else { "$label -> $o" }
        }
    } catch { "$label caught: $($_.FullyQualifiedErrorId) | $($_.Exception.Message)" }
}
# a FileInfo has no Path property: it binds to -LiteralPath through its PSPath, so brackets in its name are literal
Show 'items to Get-Content' { Get-ChildItem -LiteralPath $root | Sort-Object Name | Get-Content }
Show 'items to Get-Item' { Get-ChildItem | Sort-Object Name | Get-Item | ForEach-Object Name }
Show 'Path property' { [pscustomobject]@{ Path = 'b.txt' } | Get-Content }
Show 'PSPath property' { [pscustomobject]@{ PSPath = (Get-Item b.txt).PSPath } | Get-Content }
Show 'LP alias property' { [pscustomobject]@{ LP = 'a[1].txt' } | Get-Content }
# each object binds afresh: the second object's missing Path does not reuse the first one's
Show 'second object unbound' { [pscustomobject]@{ Path = 'b.txt' }, [pscustomobject]@{ Other = 1 } | Get-Content }
# Get-Content's -Path takes pipeline input by property name only: a bare string binds nowhere
Show 'string to Get-Content' { 'b.txt' | Get-Content }
Show 'string to Get-Item' { 'b.txt' | Get-Item | ForEach-Object Name }
Show 'string to Test-Path' { 'b.txt', 'nope.txt' | Test-Path }
# mandatory -Path: null, empty string and empty array are refused; Test-Path allows them
Show 'Get-Item null' { Get-Item -Path $null }
Show 'Get-Item empty' { Get-Item -Path '' }
Show 'Remove-Item empty array' { Remove-Item -Path @() }
Show 'Copy-Item null' { Copy-Item -Path $null -Destination x }
Show 'Get-Content null literal' { Get-Content -LiteralPath $null }
Show 'Test-Path null' { Test-Path -Path $null }
Show 'Test-Path empty' { Test-Path '' }
Show 'Set-Content null value' { Set-Content -Path c.txt -Value $null; (Get-Item c.txt).Length }
# both -Path and -LiteralPath: no parameter set takes them together
Show 'both paths' { Get-Item -Path b.txt -LiteralPath b.txt }
Set-Location ([System.IO.Path]::GetTempPath())
if ($root) { Remove-Item -LiteralPath $root -Recurse -Force }
