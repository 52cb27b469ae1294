# A private variable is visible in its own scope but not in child scopes.
$private:secret = 'hidden'
$open = 'visible'
function Show-Values { "[$secret] [$open]" }
Show-Values
"[$secret]"
