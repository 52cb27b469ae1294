# Seed 001 (Runspace Communication, part 1): a synchronized queue passed with SetVariable carries data between runspaces; only the parent's $host prints
# Runspace 1 : Création
$runspace1 = [runspacefactory]::CreateRunspace()
$runspace1.Open()

# Runspace 2 : Création
$runspace2 = [runspacefactory]::CreateRunspace()
$runspace2.Open()

$Queue = [System.Collections.Queue]::Synchronized((New-Object System.Collections.Queue))

# Partage de la file d'attente avec les runspaces
$runspace1.SessionStateProxy.SetVariable("Queue", $Queue)
$runspace2.SessionStateProxy.SetVariable("Queue", $Queue)

$Affichage = $host
$runspace2.SessionStateProxy.SetVariable("Affichage", $Affichage)

# Runspace 1 : Envoi des données vers le runspace2 via la file d'attente
$powershell1 = [powershell]::Create()
$powershell1.Runspace = $runspace1
$powershell1.AddScript({
    $data = "Donnée de Runspace 1"
    $Queue.Enqueue($data)
}) | Out-Null
$handle = $powershell1.BeginInvoke()
# The seed starts runspace 2 at once; waiting here keeps the queue from being read before it is written.
$powershell1.EndInvoke($handle)
"queued items: $($Queue.Count)"

# Runspace 2 : Reception des données depuis le runspace1 via la file d'attente
$powershell2 = [powershell]::Create()
$powershell2.Runspace = $runspace2
$powershell2.AddScript({
    $data = $Queue.Dequeue()
    Write-Host "Donnée reçue : $data"
    $Affichage.ui.WriteLine("Donnée reçue : $data")
}) | Out-Null
$handle = $powershell2.BeginInvoke()
$output = $powershell2.EndInvoke($handle)
"output objects: $($output.Count), queued items: $($Queue.Count)"
# Write-Host in a host-less runspace reaches no console: it is kept in the Information stream.
$record = $powershell2.Streams.Information[0]
"information: $($record.MessageData) [$($record.Tags -join ',')]"

$powershell1.Dispose()
$powershell2.Dispose()
$runspace1.Dispose()
$runspace2.Dispose()
