# A dynamicparam block may return an object of a script class instead of a RuntimeDefinedParameterDictionary: its properties marked [Parameter()] become parameters (aliases, conversion, mandatory), bound values land on the object's properties and in $PSBoundParameters, unbound ones keep their defaults
class ExportOptions {
    [Parameter()]
    [int] $Depth = 2

    [Parameter()]
    [Alias('Enc')]
    [string] $Encoding = 'utf8'

    [Parameter()]
    [switch] $Compress

    [string] $NotAParameter = 'kept'
}
function Export-Thing {
    [CmdletBinding()]
    param([string]$Path)
    dynamicparam {
        $script:options = [ExportOptions]::new()
        $script:options
    }
    end {
        'bound: ' + (($PSBoundParameters.Keys | Sort-Object) -join ',')
        'depth={0} ({1}) encoding={2} compress={3} other={4}' -f $script:options.Depth, $script:options.Depth.GetType().Name,
            $script:options.Encoding, [bool]$script:options.Compress, $script:options.NotAParameter
    }
}
Export-Thing -Path out.txt -Depth '5' -Enc ascii -Compress
Export-Thing -Path out.txt
Export-Thing -Path out.txt -Dep 7
try { Export-Thing -NotAParameter x } catch { ($_.FullyQualifiedErrorId -split ',')[0] }

class RequiredOptions {
    [Parameter(Mandatory)]
    [string] $Token
}
function Connect-Thing {
    [CmdletBinding()]
    param()
    dynamicparam { [RequiredOptions]::new() }
    end { 'token: ' + $PSBoundParameters['Token'] }
}
Connect-Thing -Token abc
