# Select-Object -First stops the commands before it once it has its objects; with -Wait they run to the end and it still passes on only the first ones
$script:seen = 0
$first = 1..5 | ForEach-Object { $script:seen++; $_ } | Select-Object -First 2
"$first after $script:seen"
$script:seen = 0
$waited = 1..5 | ForEach-Object { $script:seen++; $_ } | Select-Object -First 2 -Wait
"$waited after $script:seen"
$script:seen = 0
$indexed = 1..5 | ForEach-Object { $script:seen++; $_ } | Select-Object -Index 1, 2 -Wait
"$indexed after $script:seen"
