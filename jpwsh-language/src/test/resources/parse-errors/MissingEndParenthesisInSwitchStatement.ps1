$status = 'ok'
switch ($status
{
    'ok' { 1 }
}
