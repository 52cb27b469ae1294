# After --% the rest of the line goes to a native program unparsed, as pwsh passes it on Unix: split at blanks,
# %NAME% replaced by the environment variable (left as is when there is none), quotes kept, --% itself not passed.
# A function gets --% and the text as two arguments.
$env:JPWSH_VERBATIM = 'value with blanks'
printf '[%s]\n' --% one  two%JPWSH_VERBATIM% %JPWSH_NO_SUCH% "quoted" $notExpanded
function Show-Arguments { "$($args.Count): $($args -join '|')" }
Show-Arguments --% x  y
