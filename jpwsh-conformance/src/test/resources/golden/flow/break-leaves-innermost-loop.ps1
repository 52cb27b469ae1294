# An unlabelled break leaves only the innermost loop; continue skips to its next iteration.
foreach ($i in 1..2) {
    foreach ($j in 1..5) {
        if ($j -eq 2) { continue }
        if ($j -eq 4) { break }
        "$i-$j"
    }
}
