# $foreach is the loop's enumerator, so a loop can consume an extra element  with MoveNext().
foreach ($i in 1..6) {
    if ($i % 2) {
        $null = $foreach.MoveNext()
        "pair $i,$(loop$foreach.Current)"
    }
}
