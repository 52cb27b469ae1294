Get-Content < input.txt
