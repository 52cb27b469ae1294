Get-ChildItem 2> errors.txt 2> more.txt
