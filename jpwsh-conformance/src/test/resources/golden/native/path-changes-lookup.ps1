# Command lookup follows the session's $env:PATH: a program in a directory added to it is found, and is not once
# the directory is gone from it again.
$dir = (mktemp -d).Trim()
sh -c 'printf "#!/bin/sh\necho probe ran with \$# arguments: \$*\n" > "$1/jpwsh-native-probe"; chmod +x "$1/jpwsh-native-probe"' sh $dir
$saved = $env:PATH
try {
    jpwsh-native-probe
} catch {
    "before: $($_.FullyQualifiedErrorId)"
}
$env:PATH = $dir + ':' + $saved
jpwsh-native-probe one 'two three'
"exit code $LASTEXITCODE, success $?"
$env:PATH = $saved
try {
    jpwsh-native-probe
} catch {
    "after: $($_.FullyQualifiedErrorId)"
}
& "$dir/jpwsh-native-probe" by path
rm -r $dir
