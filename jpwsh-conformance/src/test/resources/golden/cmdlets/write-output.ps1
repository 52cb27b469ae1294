# Write-Output sends objects down the pipeline, enumerating collections unless told not to.
Write-Output 'one'
Write-Output 1, 2 | ForEach-Object { "item $_" }
(Write-Output @(1, 2, 3) | Measure-Object).Count
(Write-Output @(1, 2, 3) -NoEnumerate | Measure-Object).Count
echo 'alias'
