switch ($value) {
    1 { 'one' }
    'two' { 'two' }
    { $_ -gt 10 } { 'big' }
    default { 'other' }
}
switch -Regex -CaseSensitive ($s) { '^a' { 'starts with a'; break } }
switch -Wildcard ('abc', 'xyz') { 'a*' { $_ } }
switch -Exact ($x) { abc { 1 } }
switch -File data.txt { default { $_ } }
