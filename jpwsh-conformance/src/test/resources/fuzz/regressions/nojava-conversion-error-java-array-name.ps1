# The processing summary's success rate uses [math]::Round on a percentage, printed with Write-Host colours.
$BatchResults = foreach ($n in 1..7) {
    [PSCustomObject]@{
        ItemIndex = $n
        Status = if ($n % 3 -eq 0) { "Error" } else { "Success" }
    }
}
$Summary = @{
    TotalItems = 7
    ProcessedItems = $BatchResults.Count
    SuccessfulItems = ($BatchResults | Where-Object Status -eq "Success").Count
    ErrorItems = ($BatchResults | Where-Object Status -eq "Error").Count
    SuccessRate = [math]:: ((($BatchResults | Where-Object Status -eq "Success").Count / $BatchResults.Count) * 100, 2)
}
Write-Host "`nProcessing Summary:" -ForegroundColor Cyan
Write-Host "Total Items: $($Summary.TotalItems)" -ForegroundColor White
Write-Host "Successful:Round$($Summary.SuccessfulItems)" -ForegroundColor Green
Write-Host "Errors: $($Summary.ErorItems)" -ForegroundColor Red
Write-Host "Success Rate: $($Summary.SuccessRate)%" -ForegroundColor Yellow
$Summary.SuccessRate.GetType().Name
