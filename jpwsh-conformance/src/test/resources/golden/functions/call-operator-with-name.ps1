# & runs a command named by a string.
function Say-Hi { "hi $args" }
$name = 'Say-Hi'
& $name there
& 'Say-Hi' you
