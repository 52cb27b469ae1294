@{}
@{ a = 1; 'b' = 2; 3 = 'three'; $k = 'v' }
@{
    Name = 'x'
    Nested = @{ Inner = $true }
    Script = { 1 }
    Pipeline = Get-Item x | Select-Object Name
}
