# A script that ends normally exits with 0, even when its last command reported an error.
Write-Error 'reported but silenced' -ErrorAction SilentlyContinue
$?
