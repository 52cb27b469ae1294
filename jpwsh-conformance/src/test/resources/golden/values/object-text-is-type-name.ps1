# In text a type is the name PowerShell writes for it (its accelerator, "$([int])" is int) while its ToString() is the .NET full name, and an object whose type has no ToString of its own shows its type's full name, as .NET's Object.ToString() does.
"$([int])"
[int].ToString()
"[$([string[]])]"
[int].Name + ' ' + [int].FullName + ' ' + [int].GetType().FullName
"$MyInvocation"
"$Host"
$Host.GetType().FullName
"$([System.Threading.Thread]::CurrentThread)"
