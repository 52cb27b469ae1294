# A scriptblock delimiter is called for each character and splits where it returns true.
('a1b2c' -split { $_ -match '\d' }) -join '|'
('ab-cd_ef' -split { $_ -eq '-' -or $_ -eq '_' }) -join '|'
