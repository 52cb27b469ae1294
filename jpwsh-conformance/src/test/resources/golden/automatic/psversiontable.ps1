# $PSVersionTable reports PowerShell 7.4, Core edition.
$PSVersionTable.PSVersion.Major
$PSVersionTable.PSVersion.Minor
$PSVersionTable.PSEdition
$PSVersionTable.PSVersion.GetType().Name
