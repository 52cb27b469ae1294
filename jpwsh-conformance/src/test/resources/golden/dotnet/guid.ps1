# Guids parse from strings, compare without regard to case, and format with N or D.
$g = [guid]'8F2F3F3E-1D3A-4B6F-9C1D-2E3F4A5B6C7D'
$g.ToString()
$g.ToString('N')
$g -eq [guid]'8f2f3f3e-1d3a-4b6f-9c1d-2e3f4a5b6c7d'
[guid]::Empty.ToString()
$new = [guid]::NewGuid()
$new.ToString().Length
$new.ToString() -match '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
