# A number converts to a type that parses text ([version]) through its text, as pwsh's numeric conversion does
$v = [version]2.5
"cast: $v major $($v.Major) minor $($v.Minor)"
"three digits: $(([version]1.25).Minor)"
function Show-Version { param([version]$Version) "parameter: $Version $($Version.GetType().Name)" }
Show-Version 3.7
Show-Version '1.2.3'
