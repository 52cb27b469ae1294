# ConvertFrom-Json reads each piped string alone when the first is whole JSON, else all of them joined; arrays are unrolled unless -NoEnumerate
$each = '{"a": 1}', '{"a": 2}' | ConvertFrom-Json
$each.Count
$each[1].a
$joined = '{', '"a":', '3', '}' | ConvertFrom-Json
$joined.a
Get-Content -Raw -Path $PSCommandPath | Out-Null
'--- arrays'
('[1, 2, 3]' | ConvertFrom-Json | Measure-Object).Count
('[1, 2, 3]' | ConvertFrom-Json -NoEnumerate | Measure-Object).Count
'[1, 2]' | ConvertFrom-Json -NoEnumerate | ForEach-Object { $_.GetType().FullName }
'[]' | ConvertFrom-Json | Measure-Object | ForEach-Object Count
'--- positional input'
(ConvertFrom-Json '{"p": "positional"}').p
