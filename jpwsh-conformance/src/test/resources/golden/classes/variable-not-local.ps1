# A class method may read only what it assigns first on every path, its parameters, $this and a few automatic variables: a read of anything else is refused before the script runs (VariableNotLocal), so nothing of it runs
#! exit: 1
'before'
class Counter {
    [int] $Count
    [void] Add([int] $step) {
        if ($step -gt 0) { $delta = $step }
        $this.Count += $delta
    }
}
