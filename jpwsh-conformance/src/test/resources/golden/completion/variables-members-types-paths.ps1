# TabExpansion2 completes variables (assigned earlier in the input first, then the session's sorted, $env: and scope prefixes), members after . (properties before methods, methods with an open parenthesis, hashtable keys) and :: , type names and namespaces in [...], and file paths as ./name, folders only for Set-Location, quoted when needed
function Show-Completion([string]$InputScript) {
    $result = TabExpansion2 -inputScript $InputScript
    "[$InputScript] replaces $($result.ReplacementIndex),$($result.ReplacementLength)"
    foreach ($match in $result.CompletionMatches) {
        $tip = if ($match.ResultType -in 'Method', 'Type') { '' } else { $match.ToolTip }
        "  $($match.CompletionText) | $($match.ListItemText) | $($match.ResultType) | $tip"
    }
}

$zqxNumber = 42
$zqxText = 'hello'
$zqxTable = @{ Alpha = 1; 'Two Words' = 2 }
Show-Completion '$zqx'
Show-Completion '$zqxFresh = 1; $zqx'
Show-Completion '$script:zqxN'
$env:ZQX_COMPLETION_TEST = 'x'
Show-Completion '$env:ZQX_COMP'
Show-Completion '$zqxText.Len'
Show-Completion '$zqxText.ToUpperI'
Show-Completion '$zqxTable.Al'
Show-Completion "`$zqxTable.Tw"
Show-Completion '[math]::Sqr'
Show-Completion '[System.Management.Automation.CompletionResultT'
Show-Completion '[pscustomobj'

$folder = Join-Path ([System.IO.Path]::GetTempPath()) "jpwsh-completion-$PID"
New-Item -ItemType Directory -Path $folder | Out-Null
Push-Location $folder
New-Item -ItemType File -Path 'zeta.txt', 'zebra one.txt', "it's.txt", '.zhidden' | Out-Null
New-Item -ItemType Directory -Path 'zoo' | Out-Null
New-Item -ItemType File -Path 'zoo/inner.txt' | Out-Null
foreach ($line in 'Get-Content z', 'Set-Location z', 'Get-Content ./zoo/', 'Get-Content "ze', 'Get-Content it', 'Get-Content .z', 'Get-Content nothing') {
    $result = TabExpansion2 -inputScript $line
    "[$line] replaces $($result.ReplacementIndex),$($result.ReplacementLength)"
    foreach ($match in $result.CompletionMatches) {
        "  $($match.CompletionText) | $($match.ListItemText) | $($match.ResultType) | $($match.ToolTip -eq (Join-Path $folder $match.ListItemText) -or $match.ToolTip -eq (Join-Path $folder "zoo/$($match.ListItemText)"))"
    }
}
[System.Management.Automation.CompletionCompleters]::CompleteFilename('ze').CompletionText
Pop-Location
Remove-Item -LiteralPath $folder -Recurse -Force
