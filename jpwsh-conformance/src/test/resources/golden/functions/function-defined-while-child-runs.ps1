# A function defined in a scope while a child scope of it is running is found from that child at once.
function Outer {
    & { Write-Output 'define'; Helper } | ForEach-Object {
        if ($_ -eq 'define') { function Helper { 'Helper defined in Outer' } } else { $_ }
    }
}
Outer
function Deep($n) { if ($n -gt 0) { Deep ($n - 1) } else { Helper } }
function Helper { 'global Helper' }
Deep 30
function Shadow { function Helper { 'shadowing Helper' }; Deep 5 }
Shadow
Deep 2
