$smile = "`u{0001F600}"
