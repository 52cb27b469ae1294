# Between two native programs the bytes flow untouched, as in pwsh 7.4: a binary file through cat and sha256sum
# hashes as the file does, and NUL, CR and 0xFF bytes survive.
$dir = (mktemp -d).Trim()
$file = "$dir/big.bin"
head -c 300000 /dev/urandom | dd "of=$file" status=none
$piped = (cat $file | sha256sum).Split(' ')[0]
$direct = (sha256sum $file).Split(' ')[0]
"hashes equal: $($piped -eq $direct), length $($piped.Length)"
printf 'a\000b\r\n\377' | od -An -tx1 | ForEach-Object { $_.Trim() }
(cat $file | wc -c).Trim()
rm -r $dir
