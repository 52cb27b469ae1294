# A script module that iss-modules-and-startup-scripts.ps1 imports through InitialSessionState.ImportPSModule.
function Get-Greeting { param($Name) "Hello, $Name" }
