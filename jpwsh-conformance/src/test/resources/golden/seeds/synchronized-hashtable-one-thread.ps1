# Seed 001's synchronized hashtable works as a plain shared table when used from one thread.
$personnage = [hashtable]::Synchronized(@{})
$personnage.Name = "Qui ?"
$personnage.Jeton = 5
$personnage.Continue = $true
$round = 0
while ($personnage.Continue) {
    $personnage.Name = "Alice"
    " Name : $($personnage.Name) et Jetons : $($personnage.Jeton)"
    $personnage.Jeton = $personnage.Jeton + 2
    $round++
    if ($round -eq 3) { $personnage.Continue = $false }
}
$personnage.Jeton
$personnage.IsSynchronized
