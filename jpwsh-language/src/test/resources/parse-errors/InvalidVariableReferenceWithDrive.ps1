$userProfile = $env:
