# A default session defines pwsh's Unix default functions (cd.., cd\, cd~, Pause, help, prompt, exec, Clear-Host), visible in Function: and Get-Command
foreach ($name in 'cd..', 'cd\', 'cd~', 'Pause', 'help', 'prompt', 'exec', 'Clear-Host') {
    $c = Get-Command -Name $name -CommandType Function
    $c.Name + ' ' + $c.CommandType
}
(Get-Command cd..).Definition
(Get-Command cd~).Definition
(Get-ChildItem function: | Where-Object Name -like 'cd*').Name -join ','
(Get-Command Pause).Definition
(Get-Command exec).Definition.Trim()
(Get-Command help).CmdletBinding
(Get-Command help).DefaultParameterSet
(Get-Command help).Parameters['Name'].ParameterType.FullName
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-cd-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path (Join-Path $dir 'sub')
try {
    Set-Location (Join-Path $dir 'sub')
    cd..
    (Get-Location).Path -eq $dir
} finally {
    Set-Location $HOME
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
# help pages through less, which copies the text into a variable as it is
(help Get-Verb) -ceq '    Get-Verb'
# prompt shows the current location through $ExecutionContext.SessionState.Path
Push-Location ([System.IO.Path]::GetTempPath())
(prompt) -eq "PS $((Get-Location).Path)> "
$ExecutionContext.SessionState.Path.CurrentLocation.Path -eq (Get-Location).Path
$ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('a/../b.txt') -eq [System.IO.Path]::Combine((Get-Location).Path, 'b.txt')
Pop-Location
