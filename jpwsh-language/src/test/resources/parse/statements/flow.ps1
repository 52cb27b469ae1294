return
return 5
return Get-Item x
exit
exit 3
throw
throw 'message'
throw [System.Exception]::new('x')
break
continue
