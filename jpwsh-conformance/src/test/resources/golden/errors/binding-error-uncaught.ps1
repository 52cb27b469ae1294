# An unknown parameter is reported under the command's name, pointing at the parameter.
function Use-Advanced { [CmdletBinding()] param($Known) 'ran' }
Use-Advanced -Bogus 1
'after'
