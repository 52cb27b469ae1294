function Get-Greeting($Name)
"Hello, $Name"
