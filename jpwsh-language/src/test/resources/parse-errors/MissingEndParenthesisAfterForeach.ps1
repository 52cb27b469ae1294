foreach ($n in 1..5
{
    $n * 2
}
