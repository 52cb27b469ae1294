# Arguments bind to parameters by position, or by name in any order.
function Join-Pair($First, $Second) { "$First-$Second" }
Join-Pair a b
Join-Pair -Second b -First a
Join-Pair -Second b a
