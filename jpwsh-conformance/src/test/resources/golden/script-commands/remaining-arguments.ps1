# ValueFromRemainingArguments: values no positional parameter takes, one collection as itself, and named arguments no parameter matches, as their text in their place.
function Test-BindingFunction { param([Parameter(ValueFromRemainingArguments)] [object[]] $Parameter) "$($Parameter.Count): $($Parameter -join '|')" }
Test-BindingFunction 1,2,3
Test-BindingFunction 1 2 3
Test-BindingFunction ([Collections.Generic.List[int]](1..3))
Test-BindingFunction -Unknown x -Other:5 y
function Get-Head { [CmdletBinding()] param($Head, [Parameter(ValueFromRemainingArguments)] $Rest) "head=$Head rest=$($Rest -join '|')" }
Get-Head -Foo a b
try { Get-Head -Rest 1 -Foo 2 } catch { $_.FullyQualifiedErrorId }
