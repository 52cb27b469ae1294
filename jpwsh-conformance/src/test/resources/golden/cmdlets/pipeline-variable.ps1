# -PipelineVariable (alias -pv) holds each object the command writes while later commands of the pipeline run, for cmdlets and advanced functions; the pipeline removes the variable when it made it and empties one that existed.
1..3 | ForEach-Object -PipelineVariable tens { $_ * 10 } | ForEach-Object { "$tens from $_" }
1..2 | Write-Output -pv item | ForEach-Object { "item=$item" }
1..3 | ForEach-Object -pv last { $_ } | ForEach-Object -End { "the end block sees $last" }
"made by the pipeline: $(Test-Path variable:tens)"
$kept = 'before'
1..2 | Write-Output -pv kept | Out-Null
"existing: [$kept] $(Test-Path variable:kept)"
function Double { [CmdletBinding()] param([Parameter(ValueFromPipeline)]$Number) process { $Number * 2 } }
1..2 | Double -PipelineVariable doubled | ForEach-Object { "doubled=$doubled" }
