# Get-Help reads comment-based help before a function, at the start or the end of its body, and gives pwsh's help object properties
function helpFunc1 {}
# .SYNOPSIS
#
#    A relatively useless function.
#
# .DESCRIPTION
#
#    A description
#
#        with indented text and a blank line.
#
# .NOTES
#
#    This function is mostly harmless.
#
# .LINK
#
#    https://blogs.msdn.com/powershell
#
# .LINK
#
#    other commands
#
# .EXAMPLE
#
#    If you need an example, you're hopeless.
#
# .INPUTS
#
#    Anything you like.
#
# .OUTPUTS
#
#    Nothing.
#
# .COMPONENT
#
#    Something
#
# .ROLE
#
#    CrazyUser
#
# .FUNCTIONALITY
#
#    Useless
#
function helpFunc2 { param($abc) }
$x = Get-Help helpFunc2
$x.Name
$x.Category
$x.Synopsis
$x.Description[0].Text
$x.alertSet.alert[0].Text
$x.relatedLinks.navigationLink[0].uri
$x.relatedLinks.navigationLink[1].linkText
$x.examples.example.code
$x.inputTypes.inputType.type.name
$x.returnValues.returnValue.type.name
$x.Component
$x.Role
$x.Functionality
'--'
function helpFunc3 {
    <#
    .SYNOPSIS
    Help at the start of the body.
    #>
    param([Parameter(Mandatory)][string]$Name, [int]$Count)
}
(Get-Help helpFunc3).Synopsis
function helpFunc4 {
    param($a)
    $a
    # .SYNOPSIS
    # Help at the end of the body.
}
(Get-Help helpFunc4).Synopsis
function helpFunc5 {
    param([Parameter(Mandatory=$true)][String]$Name,
          [string]$Extension = "txt",
          $NoType,
          [switch]$ASwitch)
    <#
    .SYNOPSIS
    Adds a file name extension to a supplied name.

    .PARAMETER Name
    The name.

    .EXAMPLE

        PS>helpFunc5 -Name foo

        Adds .txt to foo

    .EXAMPLE

        C:\PS>helpFunc5 bar txt

        Adds .txt to bar
     #>
}
$y = Get-Help helpFunc5
$y.Synopsis
$y.details.name
$y.details.description[0].Text
$y.parameters.parameter.Count
$y.parameters.parameter[0].name
$y.parameters.parameter[0].required
$y.parameters.parameter[0].position
$y.parameters.parameter[0].description[0].Text
$y.parameters.parameter[0].type.name
$y.parameters.parameter[3].position
$y.parameters.parameter[3].parameterValue
$y.syntax.syntaxItem.parameter.Count
$y.syntax.syntaxItem.parameter[0].required
$null -eq $y.syntax.syntaxItem.parameter[3].parameterValue
$y.examples.example[0].introduction[0].Text
$y.examples.example[0].code
$y.examples.example[0].remarks[0].Text
$y.examples.example[0].remarks.Length
$y.examples.example[1].introduction[0].Text
$y.examples.example[1].code
$y.examples.example[1].remarks[0].Text
'--'
function missingHelp { param($abc) }
$z = Get-Help missingHelp
$z.Synopsis.Trim()
$z.Category
(Get-Help Get-Verb).Category
(Get-Help Get-Verb).Name
(missingHelp -?).Name
Get-Help nosuch-command-zq -ErrorAction SilentlyContinue -ErrorVariable e
$e[0].FullyQualifiedErrorId
$e[0].CategoryInfo.Category.ToString()
$e[0].Exception.Message
(Get-Help nosuch-zq*).Count
