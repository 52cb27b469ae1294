# $scriptblock.CheckRestrictedLanguage(commands, variables, allowEnvironment): the default variables, the allowed ones, * for all, environment variables, allowed commands; a break is a ParseException in a MethodInvocationException
function list { $l = [System.Collections.Generic.List[String]]::new(); $args | ForEach-Object { $l.Add($_) }; , $l }
function Try-Check([scriptblock]$Block, $Commands, $Variables, [bool]$Environment) {
    try {
        $Block.CheckRestrictedLanguage($Commands, $Variables, $Environment)
        "ok: $Block"
    } catch {
        "refused: $Block -> $($_.FullyQualifiedErrorId) $($_.Exception.GetType().Name) $($_.Exception.InnerException.GetType().Name)"
    }
}
Try-Check { 2 + 2 } $null $null $false
Try-Check { $PSCulture, $PSUICulture, $true, $false, $null } $null $null $false
Try-Check { 2 + $a } $null $null $false
Try-Check { 2 + $a } $null (list a) $false
Try-Check { $a + $b + $c } $null (list a b) $false
Try-Check { 2 + $a + $env:foo } $null (list a) $false
Try-Check { 2 + $a + $env:foo } $null (list a) $true
Try-Check { 2 + $a + $b + $c + $env:foo } $null (list *) $false
Try-Check { Get-Process | where name -Match $pattern | foreach $prop } (list get-process where foreach) (list prop pattern) $false
Try-Check { Get-Date } (list get-process) $null $false
Try-Check { foreach ($i in 1..3) { $i } } $null $null $false
Try-Check { param($x) $x } $null $null $false
Try-Check { [int]"5" + [datetime]::Now } $null $null $false
{ {Get-Date}.CheckRestrictedLangauge($null, $null, $false) } | ForEach-Object { try { & $_ } catch { $_.FullyQualifiedErrorId } }
