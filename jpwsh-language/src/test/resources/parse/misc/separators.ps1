1; 2
3;
;4
Write-Output `
    continued
