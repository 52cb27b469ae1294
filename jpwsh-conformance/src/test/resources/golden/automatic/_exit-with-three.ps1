# Helper for lastexitcode-from-script-exit.ps1: ends with exit code 3.
exit 3
