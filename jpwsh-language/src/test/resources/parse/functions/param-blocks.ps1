function Invoke-Thing {
    [CmdletBinding(SupportsShouldProcess = $true, DefaultParameterSetName = 'A')]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline = $true, Position = 0)]
        [ValidateNotNullOrEmpty()]
        [string[]] $Name,

        [Parameter(ParameterSetName = 'A')]
        [ValidateSet('x', 'y')]
        [Alias('T')]
        $Type = 'x',

        [ValidateRange(1, 10)]
        [int] $Count = 1,

        [switch] $Force
    )
    begin { $total = 0 }
    process { $total++ }
    end { $total }
    clean { Remove-Variable total }
}
