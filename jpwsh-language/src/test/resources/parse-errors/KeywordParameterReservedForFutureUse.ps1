$servers = 'web1', 'web2'
foreach -Parallel ($s in $servers) {
    Test-Connection $s
}
