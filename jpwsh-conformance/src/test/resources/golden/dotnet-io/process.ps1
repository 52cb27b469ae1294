# [System.Diagnostics.Process]: Start with ProcessStartInfo, redirected output, exit codes, environment, errors
$psi = [Diagnostics.ProcessStartInfo]::new('sh', '-c "echo out; echo err >&2; exit 3"')
$psi.RedirectStandardOutput = $true
$psi.RedirectStandardError = $true
$psi.UseShellExecute = $false
$p = [Diagnostics.Process]::Start($psi)
"stdout: $($p.StandardOutput.ReadToEnd().Trim())"
"stderr: $($p.StandardError.ReadLine())"
$p.WaitForExit()
"exited: $($p.HasExited) code $($p.ExitCode) id positive $($p.Id -gt 0)"
$env:JPWSH_IO_CHILD = 'inherited'
$list = [Diagnostics.ProcessStartInfo]::new('sh')
$list.ArgumentList.Add('-c')
$list.ArgumentList.Add('printf "%s|%s" "$JPWSH_IO_CHILD" "$0"')
$list.ArgumentList.Add('one arg with spaces')
$list.RedirectStandardOutput = $true
$child = [Diagnostics.Process]::Start($list)
"ArgumentList and environment: $($child.StandardOutput.ReadToEnd())"
"WaitForExit(ms): $($child.WaitForExit(10000)) $($child.ExitCode)"
$env:JPWSH_IO_CHILD = $null
$own = [Diagnostics.ProcessStartInfo]::new('sh', '-c "echo $JPWSH_IO_OWN"')
$own.Environment['JPWSH_IO_OWN'] = 'set on the start info'
$own.RedirectStandardOutput = $true
"StartInfo environment: $([Diagnostics.Process]::Start($own).StandardOutput.ReadLine())"
$quoted = [Diagnostics.ProcessStartInfo]::new('printf', '"[%s]" "a b" c\"d ''e''')
$quoted.RedirectStandardOutput = $true
"Arguments split: $([Diagnostics.Process]::Start($quoted).StandardOutput.ReadToEnd())"
$cat = [Diagnostics.ProcessStartInfo]::new('cat')
$cat.RedirectStandardInput = $true
$cat.RedirectStandardOutput = $true
$c = [Diagnostics.Process]::Start($cat)
$c.StandardInput.WriteLine('through stdin')
$c.StandardInput.Close()
"stdin: $($c.StandardOutput.ReadLine())"
$c.WaitForExit()
$sleeper = [Diagnostics.ProcessStartInfo]::new('sleep', '30')
$s = [Diagnostics.Process]::Start($sleeper)
"running: $($s.HasExited) $($s.ProcessName)"
try { $null = $s.ExitCode } catch { $_.Exception.InnerException.Message }
$s.Kill()
"killed: $($s.WaitForExit(10000)) $($s.HasExited)"
"by id: $([Diagnostics.Process]::GetProcessById($PID).Id -eq $PID) current: $([Diagnostics.Process]::GetCurrentProcess().Id -eq $PID)"
"GetProcesses has this one: $(@([Diagnostics.Process]::GetProcesses() | Where-Object Id -eq $PID).Count)"
try { [Diagnostics.Process]::Start('jpwsh-no-such-program') } catch { '{0}: {1}' -f $_.Exception.InnerException.GetType().FullName, ($_.Exception.InnerException.Message -replace "directory '[^']*'", "directory 'D'") }
try { [Diagnostics.Process]::GetProcessById(-5) } catch { $_.Exception.InnerException.Message }
try { [Diagnostics.Process]::GetCurrentProcess().StandardOutput } catch { $_.Exception.InnerException.Message }
