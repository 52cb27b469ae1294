# Output arrays are unrolled, so a one-element array comes back as its element unless wrapped with a comma.
function Get-Array { @(1) }
(Get-Array).GetType().Name
function Get-Wrapped { , @(1) }
(Get-Wrapped).GetType().Name
function Get-Empty { @() }
$null -eq (Get-Empty)
@(Get-Empty).Count
