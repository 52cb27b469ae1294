# Set-Date: -WhatIf names the date it would set and writes it with a DisplayHint note; without -WhatIf it fails with a Win32Exception error record (pwsh's without privileges; jpwsh never changes the clock)
$d = Set-Date -Date ([datetime]'2024-03-05 14:07:09') -WhatIf
'{0} {1} {2}' -f $d.ToString('s'), $d.DisplayHint, $d.GetType().FullName
(Set-Date -Date ([datetime]'2024-01-02') -DisplayHint Date -WhatIf).DisplayHint
try { Set-Date -Date ([datetime]'2024-03-05') } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }
