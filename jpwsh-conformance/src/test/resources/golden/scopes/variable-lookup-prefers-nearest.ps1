# A name resolves to the nearest scope that defines it, walking outwards.
$name = 'script'
function Level-One {
    $name = 'one'
    function Level-Two { $name }
    Level-Two
    & { $name = 'block'; Level-Two }
}
Level-One
