# $MyInvocation.Line and PositionMessage of a command spanning several lines: its first line, underlined to that line's end; tabs widened to four spaces
function hh { param($x, $y) "[$($MyInvocation.Line)]"; $MyInvocation.PositionMessage; "$($MyInvocation.ScriptLineNumber) $($MyInvocation.OffsetInLine)" }
hh -x 1 `
  -y 2
try {
    Get-Item -Path `
       "/nonexist-session2-$([guid]::NewGuid())" -ErrorAction Stop
} catch { $_.InvocationInfo.PositionMessage; "[$($_.InvocationInfo.Line)]"; $_.InvocationInfo.ScriptLineNumber }
	hh	-x 1 `
  -y 2
$y = 1; hh -x @(
  1, 2) -y 3
