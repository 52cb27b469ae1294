# Clear-ItemProperty clears only Attributes on FileSystem; New-/Remove-/Rename-/Copy-/Move-ItemProperty need dynamic properties, which no Linux provider has
$root = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $root
try {
    $file = Join-Path $root 'f.txt'
    Set-Content -Path $file -Value 'x'
    Set-ItemProperty -Path $file -Name IsReadOnly -Value $true
    "read-only: $((Get-Item $file).IsReadOnly)"
    $r = Clear-ItemProperty -Path $file -Name Attributes -PassThru
    "cleared: $($r.Attributes); read-only: $((Get-Item $file).IsReadOnly)"
    Clear-ItemProperty -Path $file -Name Length -ErrorAction SilentlyContinue -ErrorVariable e1
    "$($e1[0].FullyQualifiedErrorId): $($e1[0].Exception.Message)"
    Clear-ItemProperty -Path Env:HOME -Name Value -ErrorAction SilentlyContinue -ErrorVariable e2
    "$($e2[0].FullyQualifiedErrorId): $($e2[0].Exception.Message)"
    New-ItemProperty -Path $file -Name Extra -Value 1 -ErrorAction SilentlyContinue -ErrorVariable e3
    "$($e3[0].FullyQualifiedErrorId): $($e3[0].Exception.Message)"
    Remove-ItemProperty -Path $file -Name Extra -ErrorAction SilentlyContinue -ErrorVariable e4
    $e4[0].FullyQualifiedErrorId
    Rename-ItemProperty -Path $file -Name Extra -NewName Other -ErrorAction SilentlyContinue -ErrorVariable e5
    $e5[0].FullyQualifiedErrorId
    Copy-ItemProperty -Path $file -Destination $root -Name Extra -ErrorAction SilentlyContinue -ErrorVariable e6
    $e6[0].FullyQualifiedErrorId
    Move-ItemProperty -Path $file -Destination $root -Name Extra -ErrorAction SilentlyContinue -ErrorVariable e7
    $e7[0].FullyQualifiedErrorId
    rp -Path (Join-Path $root 'missing.txt') -Name Extra -ErrorAction SilentlyContinue -ErrorVariable e8
    $e8[0].FullyQualifiedErrorId
} finally {
    if ($root -and (Test-Path -LiteralPath $root)) { Remove-Item -LiteralPath $root -Recurse -Force }
}
