# A ValueFromRemainingArguments parameter collects the arguments no other parameter took.
function Join-Rest { param($First, [Parameter(ValueFromRemainingArguments)] $Rest) "$First | $($Rest -join ',')" }
Join-Rest a b c d
Join-Rest a
