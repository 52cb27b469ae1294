# if tests the truth of any value and takes the first branch that holds.
function Get-Kind($v) {
    if ($v -is [string] -and $v) { 'text' }
    elseif ($v -gt 10) { 'big' }
    elseif ($v) { 'small' }
    else { 'falsy' }
}
Get-Kind 'x'
Get-Kind 50
Get-Kind 3
Get-Kind 0
Get-Kind ''
