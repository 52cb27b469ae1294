# -f formats dates with custom date and time patterns.
$d = [datetime]::new(2024, 3, 5, 14, 7, 9)
'{0:yyyy-MM-dd}' -f $d
'{0:HH:mm:ss}' -f $d
'{0:yyyyMMdd-HHmm}' -f $d
'{0{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{:dd}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}/MM/yyyy}' -f $d
