# data sections run ConvertFrom-StringData and the commands -SupportedCommand names; the restricted language refuses the rest at parse time
$text = data {
    ConvertFrom-StringData @'
greeting = Hello
farewell = Bye
'@
}
$text.greeting
$value = data { 'literal'; 42; @(1, 2) }
$value.Count
$stamp = data -SupportedCommand Get-Date { Get-Date -Year 2000 -Month 1 -Day 1 -Format 'yyyy' }
$stamp
data Messages { ConvertFrom-StringData 'who = named section' }
$Messages.who
'--- refused constructs'
$refused = @(
    'data { $x = 1 }'
    'data { Get-Date }'
    'data { foreach ($i in 1) { } }'
    'data { $env:HOME }'
)
foreach ($source in $refused) {
    try { $null = [scriptblock]::Create($source); "$source parsed" } catch {
        "$source :"
        $_.Exception.InnerException.Message -split "`n" | Where-Object { $_ -notmatch '^(At |\+ )' } | Select-Object -First 1 | ForEach-Object { "  $_" }
    }
}
