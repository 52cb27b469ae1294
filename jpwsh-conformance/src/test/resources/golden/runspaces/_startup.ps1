# A startup script that iss-modules-and-startup-scripts.ps1 registers in InitialSessionState.StartupScripts.
$startupRan = 'yes'
