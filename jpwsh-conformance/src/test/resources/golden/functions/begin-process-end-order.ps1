# begin runs once before the input, process once per object, end once after.
function Trace-Blocks {
    begin { 'begin' }
    process { "process $_" }
    end { 'end' }
}
1, 2 | Trace-Blocks
@() | Trace-Blocks
