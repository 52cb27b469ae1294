# help pages the help through $env:PAGER's command (a script, even in a folder with a space, or a function gets the help objects and one argument; a program gets its text), warns about a pager that does not exist, and writes a list of topics as it is
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ("jpwsh pager " + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    $script = Join-Path $dir 'my pager.ps1'
    Set-Content -Path $script -Value 'param($first, [Parameter(ValueFromPipelineByPropertyName)] $Name)
process { "script pager: $Name, first argument null: $($null -eq $first)" }'
    $env:PAGER = $script
    help Get-Verb

    function FunctionPager { "function pager: $($args.Count) argument(s): [$($args -join '|')]"; $input | ForEach-Object Name }
    $env:PAGER = 'FunctionPager'
    help Get-Verb
    $env:PAGER = 'FunctionPager  -x   "y z"'
    help Get-Verb

    # a list of topics is not paged
    $h = help Out-*
    ($h | Where-Object Name -eq 'Out-Null').PSTypeNames[0]

    # a program gets the text, formatted
    $env:PAGER = 'grep ^NAME'
    help Get-Verb

    $env:PAGER = 'no-such-pager-c16d --wide'
    $warnings = help Get-Verb 3>&1 | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }
    $warnings.Message

    # blank: less, which copies its input to a variable as it is
    $env:PAGER = '   '
    $text = help Get-Verb
    $text[0].GetType().FullName
    ($text -ceq 'NAME').Count
    ($text -ceq '    Get-Verb').Count
} finally {
    $env:PAGER = $null
    Remove-Item -LiteralPath $dir -Recurse -Force
}
