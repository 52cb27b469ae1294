# A duplicate header name (in any case) stops ConvertFrom-Csv and Import-Csv with AlreadyPresentPSMemberInfoInternalCollectionAdd; parameter conflicts have their own ids
try { "a,b,A`n1,2,3" | ConvertFrom-Csv } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; "$($_.CategoryInfo.Category)" }
try { '1,2' | ConvertFrom-Csv -Header x, X } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [pscustomobject]@{ a = 1 } | ConvertTo-Csv -UseQuotes Never -QuoteFields a } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; "$($_.CategoryInfo.Category)" }
try { [pscustomobject]@{ a = 1 } | Export-Csv } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [pscustomobject]@{ a = 1 } | Export-Csv -Path x.csv -LiteralPath y.csv } catch { $_.FullyQualifiedErrorId }
try { [pscustomobject]@{ a = 1 } | Export-Csv -Path x.csv -Append -NoHeader } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
'done'
