# A return ends the block it is in: from an if of the end block, a loop, a try (after its finally), a switch, or a
# begin or process block, which leaves the next block to run; a dot-sourced function's return does not end its caller.
function Early($n) { if ($n -lt 2) { return 'small' } elseif ($n -lt 5) { 'medium'; return } else { 'large' }; 'after' }
Early 1; Early 3; Early 9
function InLoop { foreach ($i in 1..5) { if ($i -eq 3) { return "loop $i" } }; 'not reached' }
InLoop
function InTry { try { return 'try' } finally { 'finally' }; 'not reached' }
InTry
function InSwitch { switch (1, 2) { 2 { return 'switch' } }; 'not reached' }
InSwitch
function Blocks { begin { 'begin'; return; 'no' } process { 'process'; return; 'no' } end { 'end'; return; 'no' } }
Blocks
function Dotted { 'dotted'; return; 'no' }
function Caller { . Dotted; 'caller continues' }
Caller
$r = & { if ($true) { return 1 }; 2 }; $r
1..3 | ForEach-Object { if ($_ -eq 2) { return }; "item $_" }
function Nested { if ($true) { if ($true) { 'inner'; return }; 'no' }; 'no' }
Nested
'script continues'
