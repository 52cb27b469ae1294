# [version] values compare numerically, part by part.
$v = [version]'1.2.3'
$v.Major
$v.Minor
$v.Build
[version]'1.10' -gt [version]'1.9'
'1.10' -gt '1.9'
