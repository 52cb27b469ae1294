$plain
$script:a
$global:b
$local:c
$private:d
$using:e
$env:HOME
$function:f
${a b}
${C:\Temp\file.txt}
