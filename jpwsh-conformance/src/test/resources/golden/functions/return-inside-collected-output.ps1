# A return inside an assignment's value or a sub-expression leaves the function, and what was collected there so far is written to the function's output with the returned value, as pwsh flushes it to the outer pipe; the variable is never assigned
function Get-FromIf {
    $script:assigned = 'untouched'
    $script:assigned = if ($true) { return 'one' }
    'not reached'
}
Get-FromIf
$assigned
function Get-FromSubExpression { $('1'; return '2') ; 'not reached' }
(Get-FromSubExpression) -join ','
function Get-FromLoop {
    'before'
    $x = foreach ($i in 1..5) { "i$i"; if ($i -eq 3) { return 'r' } }
    'not reached'
}
(Get-FromLoop) -join ','
function Get-FromArray { $a = @('a'; 'b'; return 'c'); 'not reached' }
(Get-FromArray) -join ','
function Get-Nested { 'pre'; $v = $('x'; $('y'; return 'z')); 'not reached' }
(Get-Nested) -join ','
# each returned object goes down the pipeline one by one
function Get-Stream { $v = $(1; 2; return 3) }
Get-Stream | ForEach-Object { "got $_" }
# in a script block run by ForEach-Object, return ends that run only
(1..2 | ForEach-Object { $w = $($_; return 'R'); 'not reached' }) -join ','
# a script block invoked with &
(& { $q = $(1; return 9); 'not reached' }) -join ','
