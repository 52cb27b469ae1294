# Get-Date -Format with .NET formats and pwsh's FileDate forms, -UFormat specifiers, date parts and -UnixTimeSeconds
$d = [datetime]'2021-01-03 09:05:07.25'
Get-Date -Date $d -Format FileDate
Get-Date -Date $d -Format FileDateTime
Get-Date -Date $d -Format 'yyyy-MM-ddTHH:mm'
Get-Date -Date $d -Format 'dddd, MMMM d'
$d | Get-Date -Format 'dd MMM'
Get-Date -Date $d -UFormat '%Y-%m-%d %H:%M:%S'
Get-Date -Date $d -UFormat '%G %g %u %V %j %w %U %W'
Get-Date -Date $d -UFormat '%A %a %B %b %h %C %D %x'
Get-Date -Date $d -UFormat '[%e][%k][%l][%I %p]'
Get-Date -Date $d -UFormat '%F %R %r %T %X %y'
Get-Date -Date $d -UFormat '%c'
Get-Date -Date $d -UFormat '+%Y%n%Q%%'
Get-Date -Date ([datetime]'2024-12-30') -UFormat '%G-W%V-%u'
Get-Date -Date $d -Year 2020 -Month 2 -Day 29 -Hour 23 -Format s
Get-Date -Date $d -Millisecond 5 -Format 'ss.fff'
Get-Date -UnixTimeSeconds 86400 -AsUTC -Format o
Get-Date -Date ([datetime]::SpecifyKind($d, 'Utc')) -UFormat %s
(Get-Date -Date $d).Kind
(Get-Date).Kind
(Get-Date -Format 'yyyy').Length
try { Get-Date -UFormat '' } catch { $_.FullyQualifiedErrorId }
try { Get-Date -Format 'yyyy' -UFormat '%Y' } catch { $_.FullyQualifiedErrorId }
