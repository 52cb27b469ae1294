function Get-Items {
    Get-ChildItem -Path $PSScriptRoot
