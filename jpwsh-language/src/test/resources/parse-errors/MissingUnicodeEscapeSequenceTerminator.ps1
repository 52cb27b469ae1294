$face = "`u{00263A smile"
