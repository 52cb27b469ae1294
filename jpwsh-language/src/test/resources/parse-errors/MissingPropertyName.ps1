foreach ($user in $users) {
    $name = $user.
}
