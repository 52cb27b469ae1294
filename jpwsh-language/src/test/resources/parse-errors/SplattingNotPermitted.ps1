$params = @{ Path = '.' }
$copy = @params
