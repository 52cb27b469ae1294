$i = 0
while ($i -lt 10
{
    $i++
}
