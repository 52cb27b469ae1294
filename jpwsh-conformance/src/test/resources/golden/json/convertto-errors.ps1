# ConvertTo-Json stops at a dictionary key that is not a string, with pwsh's error; a null input is JSON null
try { @{ 1 = 'one' } | ConvertTo-Json } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.Message
}
ConvertTo-Json $null
$null | ConvertTo-Json -Compress
try { ConvertTo-Json } catch { $_.FullyQualifiedErrorId }
