package dev.jpwsh.engine.runspaces;

import java.util.List;

/**
 * The functions a default session defines on Unix, as pwsh's InitialSessionState does: {@code cd..}, {@code cd\},
 * {@code cd~}, Pause, help, prompt, exec, Clear-Host and oss. {@code help} takes Get-Help's parameters and shows the full
 * help by default, without pwsh's pager.
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
                Get-Help @PSBoundParameters
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
