# A number argument keeps the text it was written with for conversions through text, as pwsh's TokenText: a [version] parameter given 2.0 (positional, named, piped on) is 2.0, a [string] parameter given 0x10 is 0x10, while numeric and untyped parameters take the number
function v { param([version]$v) "$v" }
v 2.0
v 2.0 | ForEach-Object { "piped $_" }
v -v 3.10
function s { param([string]$s) $s }
s 0x10
s 2.50 | ForEach-Object { $_ }
function d { param([double]$d) $d }
d 2.0
function a { param($x) $x }
a 1.0
