# return inside a loop leaves the whole function at once.
function Find-Three {
    foreach ($i in 1..5) {
        if ($i -eq 3) { return "found $i" }
    }
    'not found'
}
Find-Three
