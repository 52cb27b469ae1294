# A function without a param block receives its arguments in $args.
function Show-Args { $args.Count; $args -join '|' }
Show-Args a 'b c' 3
Show-Args
function Show-Rest { param($First) "first=$First rest=$($args -join ',')" }
Show-Rest 1 2 3
