# && runs the right side only after success and || only after failure.
Write-Output 'a' && Write-Output 'b'
Write-Error 'fails' -ErrorAction SilentlyContinue && Write-Output 'skipped'
Write-Error 'fails' -ErrorAction SilentlyContinue || Write-Output 'fallback'
Write-Output 'fine' || Write-Output 'not needed'
