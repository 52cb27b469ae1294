# Seed 001 (Runspace Communication, part 2): two runspaces read and write one synchronized hashtable; its Continue entry stops their loops
# Création des runspaces
$runspace1 = [runspacefactory]::CreateRunspace()
$runspace1.Open()
$runspace2 = [runspacefactory]::CreateRunspace()
$runspace2.Open()

# Création d'une variable partagée
$personnage = [hashtable]::Synchronized(@{})
$personnage.Name = "Qui ?"
$personnage.Jeton = 5
$personnage.Continue = $true
$personnage.Affichage = $host
# Jetons that runspace 2 saw (the seed prints them; a list keeps the test independent of timing)
$personnage.Vus = [System.Collections.ArrayList]::Synchronized([System.Collections.ArrayList]::new())

$runspace1.SessionStateProxy.SetVariable("personnage", $personnage)
$runspace2.SessionStateProxy.SetVariable("personnage", $personnage)

# Runspace 1 : Exécution (stops by itself after three rounds instead of running until the user intervenes)
$powershell1 = [powershell]::Create()
$powershell1.Runspace = $runspace1
$powershell1.AddScript({
      while($personnage.Continue -and $personnage.Jeton -lt 11){

        $personnage.Name = "Alice"
        $personnage.Affichage.ui.WriteLine(" Jetons : $($personnage.Jeton)")
        $personnage.Jeton = $personnage.Jeton + 2

        Start-Sleep -Milliseconds 30
       }
})  | Out-Null
$handle1 = $powershell1.BeginInvoke()

# Runspace 2 : Exécution
$powershell2 = [powershell]::Create()
$powershell2.Runspace = $runspace2
$powershell2.AddScript({
      while($personnage.Continue){

        $personnage.Name = "Bob"
        [void]$personnage.Vus.Add($personnage.Jeton)

        Start-Sleep -Milliseconds 10
       }
})  | Out-Null
$handle = $powershell2.BeginInvoke()

$powershell1.EndInvoke($handle1)
while ($personnage.Vus -notcontains 11) {
    Start-Sleep -Milliseconds 10
}
# Arrêt : briser la boucle grâce à l'élément Continue
$personnage.Continue = $false
$powershell2.EndInvoke($handle)

"Jeton: $($personnage.Jeton)"
"runspace 2 saw only values runspace 1 wrote: $(@($personnage.Vus | Where-Object { $_ -notin 5, 7, 9, 11 }).Count -eq 0)"
"states: $($powershell1.InvocationStateInfo.State), $($powershell2.InvocationStateInfo.State)"
$powershell1.Dispose()
$powershell2.Dispose()
$runspace1.Dispose()
$runspace2.Dispose()
