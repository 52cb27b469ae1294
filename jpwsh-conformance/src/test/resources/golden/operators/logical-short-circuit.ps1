# -and and -or stop at the first operand that decides the result; -xor needs exactly one true side.
$script:calls = 0
function Test-Count { $script:calls++; $true }
$false -and (Test-Count)
$true -or (Test-Count)
$true -and (Test-Count)
$script:calls
$true -xor $true
$true -xor $false
