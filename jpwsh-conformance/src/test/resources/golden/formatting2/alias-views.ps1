# AliasInfo's views: Get-Alias as the CommandInfo table (built-in aliases have no Version or Source), Format-List as AliasInfo's list, Format-Table -View AliasInfo.
Get-Alias gci | Out-String
Get-Alias gci | Format-List | Out-String
Get-Alias gci | Format-Table -View AliasInfo | Out-String
