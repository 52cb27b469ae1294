# An unknown command in code that has no script file is shown with its name, and the script goes on.
& ([scriptblock]::Create('Get-NoSuchThing'))
'after'
