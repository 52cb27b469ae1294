$query = @'
SELECT Name
FROM Users
    '@
