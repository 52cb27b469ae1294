$answer = Read-Host 'Continue?'
switch ($answer)
