$servers = 'web1', 'web2'
foreach -ThrottleLimit 4 ($s in $servers) {
    Test-Connection $s
}
