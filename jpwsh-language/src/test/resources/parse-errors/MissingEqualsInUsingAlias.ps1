using type StrList
