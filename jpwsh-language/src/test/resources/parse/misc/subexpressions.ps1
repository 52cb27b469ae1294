$(1; 2)
@(Get-Item x; Get-Item y)
$($a = 1; $a)
(Get-Item x).Name
