# CallStackFrame.GetFrameVariables(): the variables of each frame's own scope (parameters and locals, not the caller's), by name in any case
function Inner { param($p) $local = 'in'; $frames = Get-PSCallStack; $v = $frames[0].GetFrameVariables(); "$($v['local'].Value) $($v['p'].Value) $($v.ContainsKey('outerOnly'))"; $v2 = $frames[1].GetFrameVariables(); "$($v2['outerOnly'].Value) $($v2.ContainsKey('local'))"; $frames[0].GetFrameVariables()['LOCAL'].Name }
function Outer { $outerOnly = 'out'; Inner -p 7 }
Outer
$top = 'script'
(Get-PSCallStack)[-1].GetFrameVariables()['top'].Value
