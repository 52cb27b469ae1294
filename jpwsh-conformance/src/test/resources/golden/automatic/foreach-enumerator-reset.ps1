# $foreach.Reset() restarts the loop's enumeration, and $foreach is gone once the loop ends.
$restarted = $false
foreach ($n in 'a', 'b', 'c') {
    $n
    if ($n -eq 'b' -and -not $restarted) {
        $restarted = $true
        $foreach.Reset()
    }
}
$null -eq $foreach
