$count = ()
