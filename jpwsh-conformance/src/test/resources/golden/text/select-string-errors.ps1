# Select-String errors: invalid regex, -Raw with -Quiet, -Culture without -SimpleMatch, a missing file, bad -Context
try { 'x' | Select-String '(' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.Exception.GetType().FullName }
try { 'x' | Select-String x -Raw -Quiet } catch { $_.FullyQualifiedErrorId }
try { 'x' | Select-String x -Culture Ordinal } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$missing = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid(), 'nope.txt')
try { Select-String x $missing } catch { $_.FullyQualifiedErrorId; $_.Exception.Message -eq "Cannot find path '$missing' because it does not exist." }
try { 'x' | Select-String x -Context 1, 2, 3 } catch { $_.FullyQualifiedErrorId }
