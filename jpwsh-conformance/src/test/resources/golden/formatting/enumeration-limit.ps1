# $FormatEnumerationLimit (4 by default) caps the elements a collection shows in a cell, before an ellipsis; -1 shows them all, 0 none.
$FormatEnumerationLimit
[pscustomobject]@{ Few = 1..4; Many = 1..6 } | Format-Table | Out-String -Stream | Select-Object -Skip 3 -First 1
$FormatEnumerationLimit = 2
[pscustomobject]@{ Many = 1..6 } | Format-List | Out-String -Stream | Select-Object -Skip 1 -First 1
$FormatEnumerationLimit = -1
[pscustomobject]@{ Many = 1..6; Map = [ordered]@{ k = 1; l = 2 } } | Format-List | Out-String -Stream | Select-Object -Skip 1 -First 2
$FormatEnumerationLimit = 0
[pscustomobject]@{ Many = 1..6 } | Format-List | Out-String -Stream | Select-Object -Skip 1 -First 1
