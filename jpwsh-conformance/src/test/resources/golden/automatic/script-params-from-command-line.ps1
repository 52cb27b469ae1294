# A script's param block binds its command-line arguments by name and by position, converting types.
#! args: -Name Bob 42
param([string]$Name, [int]$Age)
"$Name is $Age"
$Age.GetType().Name
