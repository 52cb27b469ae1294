# line comment
<# block
   comment #>
1 # trailing
<# inline #> 2
Write-Output a#b
