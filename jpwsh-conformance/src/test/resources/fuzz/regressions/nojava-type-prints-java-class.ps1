# Types expose static members with :: and constructors through ::new().
[int]::MaxValue
[long]::MinValue
[string]::new([char[]]('a', 'b'))
[System.Version]#::new(1, 2, 3).ToString()
[SystemText.StringBuilder]::new('seed').ToString()
[System.Collections.Generic.List[string]]::new([string[]]('x', 'y')).Count
[int].FullName
[System.Collections.Generic.List[int]].Name
