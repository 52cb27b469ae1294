# ConvertTo-CliXml writes each primitive known type with pwsh's tag and XmlConvert text, names encoded, in pwsh's indented layout
[pscustomobject][ordered]@{
    Text = 'a<b>&"c"'
    Empty = ''
    Escaped = "tab`there_x_X`r`n"
    Int = 42
    Long = 5000000000
    Short = [int16]-7
    SByte = [sbyte]-1
    Byte = [byte]255
    UShort = [uint16]65535
    UInt = [uint32]4000000000
    ULong = [uint64]18446744073709551615
    Bool = $true
    Char = [char]'A'
    Double = 0.1
    Big = 1e300
    NaN = [double]::NaN
    Inf = [double]::NegativeInfinity
    Single = [float]1.5
    Decimal = 1.50d
    Guid = [guid]'0f8fad5b-d9cb-469f-a165-70867728950e'
    Version = [version]'1.2.3.4'
    Span = [timespan]::FromMilliseconds(93784005)
    Zero = [timespan]::Zero
    Negative = [timespan]::FromSeconds(-90)
    Utc = [datetime]::new(2024, 2, 29, 13, 14, 15, "Utc").AddMilliseconds(123)
    Unspecified = [datetime]::new(2001, 1, 1)
    Bytes = [byte[]](1, 2, 3, 250)
    Nothing = $null
    'odd name' = 1
} | ConvertTo-CliXml
