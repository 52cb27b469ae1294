# Get-Host returns the session's host ($Host); Read-Host in a non-interactive console fails with pwsh's error
$h = Get-Host
$h.Name -eq $Host.Name
$h.GetType().FullName -eq $Host.GetType().FullName
try { Read-Host -Prompt 'Name' } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category.ToString()
    $_.Exception.GetType().FullName
    $_.Exception.Message
}
try { Read-Host -AsSecureString } catch { $_.FullyQualifiedErrorId }
$ps = [powershell]::Create()
$null = $ps.AddScript('try { Read-Host } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }')
$ps.Invoke()
$ps.Dispose()
'after'
