package dev.jpwsh.engine.runspaces;

import java.util.List;

/**
 * The functions a default session defines on Unix, as pwsh's InitialSessionState does: {@code cd..}, {@code cd\},
 * {@code cd~}, Pause, help, prompt, exec, Clear-Host and oss. {@code help} takes Get-Help's parameters, shows the
 * full help by default and pages it as pwsh does on Linux: through {@code less -s -P ...}, or the command
 * {@code $env:PAGER} names (with its arguments), or not at all when there is no such command; a program then gets the
 * help formatted to the window's width (and, writing into a pipe or a variable, passes it on as it is).
 */
final class DefaultFunctions {
    private static final String PROMPT = """

            "PS $($executionContext.SessionState.Path.CurrentLocation)$('>' * ($nestedPromptLevel + 1)) ";
            # .Link
            # https://go.microsoft.com/fwlink/?LinkID=225750
            # .ExternalHelp System.Management.Automation.dll-help.xml
            """;

    private static final String CLEAR_HOST = """

            [Console]::Write((
                & (Get-Command -CommandType Application clear | Select-Object -First 1).Definition
            ))
            # .Link
            # https://go.microsoft.com/fwlink/?LinkID=2096480
            # .ExternalHelp System.Management.Automation.dll-help.xml
            """;

    private static final String HELP = """

            <#
            .FORWARDHELPTARGETNAME Get-Help
            .FORWARDHELPCATEGORY Cmdlet
            #>
            [CmdletBinding(DefaultParameterSetName='AllUsersView', HelpUri='https://go.microsoft.com/fwlink/?LinkID=113316')]
            param(
                [Parameter(Position=0, ValueFromPipelineByPropertyName=$true)]
                [string]
                ${Name},

                [string]
                ${Path},

                [ValidateSet('Alias','Cmdlet','Provider','General','FAQ','Glossary','HelpFile','ScriptCommand','Function','Filter','ExternalScript','All','DefaultHelp','DscResource','Class','Configuration')]
                [string[]]
                ${Category},

                [Parameter(ParameterSetName='DetailedView', Mandatory=$true)]
                [switch]
                ${Detailed},

                [Parameter(ParameterSetName='AllUsersView')]
                [switch]
                ${Full},

                [Parameter(ParameterSetName='Examples', Mandatory=$true)]
                [switch]
                ${Examples},

                [Parameter(ParameterSetName='Parameters', Mandatory=$true)]
                [string[]]
                ${Parameter},

                [string[]]
                ${Component},

                [string[]]
                ${Functionality},

                [string[]]
                ${Role},

                [Parameter(ParameterSetName='Online', Mandatory=$true)]
                [switch]
                ${Online})

                if (($psCmdlet.ParameterSetName -eq 'AllUsersView') -and !$Full) {
                    $PSBoundParameters['Full'] = $true
                }
                $OutputEncoding = [System.Console]::OutputEncoding
                $help = Get-Help @PSBoundParameters

                # a list of topics, or an alias's help, is short: it is written as it is
                $kinds = ($help | Select-Object -First 1).PSTypeNames
                if ($kinds -contains 'HelpInfoShort' -or $kinds -contains 'AliasHelpInfo') {
                    return $help
                }
                if (!($help -ne $null)) {
                    return
                }

                # less on Linux, unless $env:PAGER names a command, alone or followed by its arguments
                $pager = 'less'
                $pagerArgs = '-s', '-P', 'Page %db?B of %D:.\\. Press h for help or q to quit\\.'
                if (![string]::IsNullOrWhiteSpace($env:PAGER)) {
                    if (Get-Command $env:PAGER -ErrorAction Ignore) {
                        $pager = $env:PAGER
                        $pagerArgs = $null
                    }
                    else {
                        $parseErrors = $null
                        $words = [System.Management.Automation.PSParser]::Tokenize($env:PAGER, [ref]$parseErrors)
                        if (Get-Command $words[0].Content -ErrorAction Ignore) {
                            $pager = $words[0].Content
                            $pagerArgs = if ($words.Count -gt 1) { $env:PAGER.Substring($words[1].Start) } else { $null }
                        }
                        else {
                            Write-Warning "Custom-paging utility command not found. Ignoring command specified in `$env:PAGER: $env:PAGER"
                        }
                    }
                }

                $pagerInfo = Get-Command -Name $pager -ErrorAction Ignore
                if ($null -eq $pagerInfo) {
                    $help
                }
                elseif ($pagerInfo.CommandType -eq 'Application') {
                    # a program pages text: the help is formatted one column narrower than the window
                    $width = [System.Math]::Max([System.Console]::WindowWidth, 20) - 1
                    if ($pagerArgs) {
                        $help | Out-String -Stream -Width $width | & $pager $pagerArgs
                    }
                    else {
                        $help | Out-String -Stream -Width $width | & $pager
                    }
                }
                else {
                    $help | & $pager $pagerArgs
                }
            """;

    /** {@code oss}: Out-String -Stream under a short name, taking Out-String's -Width. */
    private static final String OSS = """

            [CmdletBinding()]
            param(
                [ValidateRange(2, 2147483647)]
                [int]
                ${Width},

                [Parameter(ValueFromPipeline = $true)]
                [psobject]
                ${InputObject})

            begin {
                $PSBoundParameters['Stream'] = $true
                $outString = { Out-String @PSBoundParameters }.GetSteppablePipeline($MyInvocation.CommandOrigin)
                $outString.Begin($PSCmdlet)
            }
            process {
                $outString.Process($_)
            }
            end {
                $outString.End()
            }
            """;

    private DefaultFunctions() {
    }

    /** The entries, in pwsh's order. */
    static List<SessionStateFunctionEntry> entries() {
        return List.of(
                SessionStateFunctionEntry.builtIn("cd..", "Set-Location .."),
                SessionStateFunctionEntry.builtIn("cd\\", "Set-Location \\"),
                SessionStateFunctionEntry.builtIn("cd~", "Set-Location ~"),
                SessionStateFunctionEntry.builtIn("Pause", "$null = Read-Host 'Press Enter to continue...'"),
                SessionStateFunctionEntry.builtIn("help", HELP),
                SessionStateFunctionEntry.builtIn("prompt", PROMPT),
                SessionStateFunctionEntry.builtIn("exec", "\nSwitch-Process -WithCommand $args\n"),
                SessionStateFunctionEntry.builtIn("Clear-Host", CLEAR_HOST),
                SessionStateFunctionEntry.builtIn("oss", OSS));
    }
}
