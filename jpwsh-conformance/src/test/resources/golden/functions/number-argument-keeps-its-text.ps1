# A number argument keeps the text it was written with for a conversion to a type that parses text, as pwsh's TokenText: a [version] parameter given 2.0 (positional, named, piped on) is 2.0, while numeric and untyped parameters take the number
function v { param([version]$v) "$v" }
v 2.0
v 2.0 | ForEach-Object { "piped $_" }
v -v 3.10
function d { param([double]$d) $d }
d 2.0
function a { param($x) $x }
a 1.0
