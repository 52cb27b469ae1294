# Binding edge cases: $null to a mandatory [string] script parameter becomes an empty string first (EmptyStringNotAllowed), to an untyped one or a cmdlet's string[] it is NullNotAllowed; 1.0 arrives as "1"; int[] cmdlet parameters; params arrays of .NET methods take the remaining arguments
function s { param([Parameter(Mandatory)][string]$s) "[$s]" }
function o { param([Parameter(Mandatory)]$o) "[$o]" }
try { s -s $null } catch { $_.FullyQualifiedErrorId }
try { o -o $null } catch { $_.FullyQualifiedErrorId }
try { Join-Path -Path $null -ChildPath a } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
s -s 1.0
s -s 2.50
'a', 'b', 'c' | Select-String b -Context 1, 1 | ForEach-Object { "$($_.Context.PreContext) > $($_.Line) < $($_.Context.PostContext)" }
[string]::Join(',', 'a', 'b', 'c')
[System.IO.Path]::Combine('a', 'b', 'c', 'd')
[math]::Max(1, 2.5)
