# switch walks an array; continue moves to the next element and break leaves the switch.
switch (1..5) {
    2 { continue }
    4 { break }
    default { $_ }
}
'after'
