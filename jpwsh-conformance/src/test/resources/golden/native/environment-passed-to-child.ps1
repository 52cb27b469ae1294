# A native program sees the session's environment: variables set, changed and removed through $env:.
$env:JPWSH_NATIVE_PROBE = 'hello world'
sh -c 'printf "[%s]\n" "$JPWSH_NATIVE_PROBE"'
$env:JPWSH_NATIVE_PROBE = 'changed'
sh -c 'printf "[%s]\n" "$JPWSH_NATIVE_PROBE"'
$env:JPWSH_NATIVE_PROBE = $null
sh -c 'printf "[%s]\n" "${JPWSH_NATIVE_PROBE-unset}"'
$env:JPWSH_NATIVE_PROBE = 'listed'
(env | Where-Object { $_ -like 'JPWSH_NATIVE_PROBE=*' }) -join ','
$env:JPWSH_NATIVE_PROBE = ''
sh -c 'printf "[%s]\n" "${JPWSH_NATIVE_PROBE-unset}"'
