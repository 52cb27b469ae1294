# Spec 3.2: Start-ThreadJob -FilePath from a RestrictedLanguage or NoLanguage session runs the file in that mode, never in FullLanguage: the restricted-language rules refuse the file's method call, and NoLanguage refuses its text (ScriptsNotAllowed); jpwsh follows the parent's mode where pwsh follows the system lockdown policy
$work = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-restricted-file-$PID")).FullName
$file = [System.IO.Path]::Combine($work, 'job.ps1')
[System.IO.File]::WriteAllText($file, "[System.IO.File]::WriteAllText('$file.ran', 'x')")
$iss = [initialsessionstate]::CreateDefault2()
$iss.LanguageMode = 'RestrictedLanguage'
$ps = [powershell]::Create($iss)
[void]$ps.AddScript("Start-ThreadJob -FilePath '$file' | Wait-Job")
$job = $ps.Invoke()[0]
"RestrictedLanguage: $($job.State): $(($job.JobStateInfo.Reason.Message -split "`n")[-1])"
$ps.Dispose()
$iss.LanguageMode = 'NoLanguage'
$ps = [powershell]::Create($iss)
[void]$ps.AddCommand('Start-ThreadJob').AddParameter('FilePath', $file).AddCommand('Wait-Job')
$job = $ps.Invoke()[0]
"NoLanguage: $($job.State): $(($job.JobStateInfo.Reason.Message -split "`n")[-1])"
$ps.Dispose()
"file ran: $([System.IO.File]::Exists("$file.ran"))"
[System.IO.Directory]::Delete($work, $true)
