function Get-Names {
    @(Get-ChildItem -Name
}
