# Seed 000 (Runspace Introduction, "Création d'un runspace avec argument"): variables of an InitialSessionState are readable through SessionStateProxy
$init = [System.Management.Automation.Runspaces.InitialSessionState]::Create()
"empty ISS language mode: $($init.LanguageMode)"

$var1 = [System.Management.Automation.Runspaces.SessionStateVariableEntry]::new("Pi", 3.14 , '')
$var2 = [System.Management.Automation.Runspaces.SessionStateVariableEntry]::new("double", 6 , '')

$init.LanguageMode = 'FullLanguage'
$init.Variables.Add($var1)
$init.Variables.Add($var2)
"language mode: $($init.LanguageMode) ($($init.LanguageMode.GetType().Name))"
"entries: $(($init.Variables | ForEach-Object Name) -join ', ')"

$Runspace2 = [runspacefactory]::CreateRunspace($init)
$Runspace2.Open()

$Runspace2.SessionStateProxy.GetVariable("double")
$Runspace2.SessionStateProxy.GetVariable("pi")
$Runspace2.SessionStateProxy.GetVariable("double").GetType().Name
$Runspace2.SessionStateProxy.GetVariable("pi").GetType().Name
"unknown variable is null: $($null -eq $Runspace2.SessionStateProxy.GetVariable('nope'))"
$Runspace2.Dispose()
