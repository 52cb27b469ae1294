# Piped elements arrive one per process call; an array passed by name arrives in one call.
function Measure-Calls {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)] [int[]]$Item)
    begin { $calls = 0 }
    process { $calls++; "got $($Item.Count)" }
    end { "calls=$calls" }
}
1..3 | Measure-Calls
Measure-Calls -Item (1..3)
