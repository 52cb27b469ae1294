# Default values are evaluated at each call and may use earlier parameters.
function Get-Area { param($Width, $Height = $Width * 2) $Width * $Height }
Get-Area 3
Get-Area 3 4
$script:n = 0
function Get-Next { param($Value = (++$script:n)) $Value }
Get-Next
Get-Next
Get-Next 10
