# Mandatory script parameters refuse null, empty strings and empty arrays unless [AllowNull()], [AllowEmptyString()] or [AllowEmptyCollection()] says otherwise; an abbreviated parameter name that fits two parameters lists both
function Test-Strings { param([Parameter(Mandatory)][string[]]$Text) "strings: $($Text.Count)" }
function Test-AllowEmptyCollection { param([Parameter(Mandatory)][AllowEmptyCollection()][string[]]$Text) "empty collection: $($Text.Count)" }
function Test-AllowEmptyString { param([Parameter(Mandatory)][AllowEmptyString()][string[]]$Text) "empty string: $($Text.Count)" }
function Test-AllowNull { param([Parameter(Mandatory)][AllowNull()][object]$Value) "null: $($null -eq $Value)" }
function Test-AllowNullString { param([Parameter(Mandatory)][AllowNull()][string]$Value) "null string: [$Value]" }
function Test-Ints { param([Parameter(Mandatory)][int[]]$Number) "ints: $($Number.Count)" }
function Test-Untyped { param([Parameter(Mandatory)]$Value) "untyped: [$Value] $($Value.Count)" }

foreach ($call in
    { Test-Strings -Text @() },
    { Test-Strings -Text 'a', '' },
    { Test-Strings -Text 'a', 'b' },
    { Test-AllowEmptyCollection -Text @() },
    { Test-AllowEmptyCollection -Text '' },
    { Test-AllowEmptyString -Text 'a', '' },
    { Test-AllowEmptyString -Text @() },
    { Test-AllowNull -Value $null },
    { Test-AllowNullString -Value $null },
    { Test-Ints -Number @() },
    { Test-Untyped -Value @() },
    { Test-Untyped -Value '' }) {
    try { & $call } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
}

function Test-Ambiguous { param($Name, $Namespace, $Other) "bound $Name" }
try { Test-Ambiguous -Nam x } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
Test-Ambiguous -Name x
