# A script without a param block receives its command-line arguments in $args.
#! args: alpha beta gamma
$args.Count
$args[1]
$args -join '+'
