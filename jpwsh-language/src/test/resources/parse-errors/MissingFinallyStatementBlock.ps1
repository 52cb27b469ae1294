try {
    $conn = Open-Db
}
finally
    Close-Db $conn
