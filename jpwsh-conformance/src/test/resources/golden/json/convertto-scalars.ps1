# ConvertTo-Json writes scalars as pwsh's JSON writer does: numbers, NaN, booleans, null, characters, GUIDs, dates by kind, enums
$values = [ordered]@{
    int = 42; long = [long]::MinValue; byte = [byte]255; uint = [uint32]::MaxValue; ulong = [ulong]::MaxValue
    big = 18446744073709551616n; double = 1.5; whole = 2.0; zero = 0.0; tiny = 0.00001; small = 0.0001
    large = 1e15; belowLarge = 123456789012345.0; huge = 1.7976931348623157e308; third = 1 / 3
    float = [float]3.14; floatWhole = [float]7; decimal = 123.456d; decimalWhole = 5d; decimalScale = 1.50d
    nan = [double]::NaN; inf = [double]::MaxValue * 2; negInf = -([double]::MaxValue * 2)
    yes = $true; no = $false; nothing = $null; char = [char]'q'
    guid = [guid]'0f8fad5b-d9cb-469f-a165-70867728950e'
}
$values | ConvertTo-Json
'--- dates: UTC ends in Z, unspecified has no suffix, fractions lose trailing zeros'
[datetime]::SpecifyKind([datetime]::new(2024, 6, 15, 10, 30, 0), 'Utc') | ConvertTo-Json
[datetime]::new(2024, 6, 15, 10, 30, 0) | ConvertTo-Json
[datetime]::new(2024, 6, 15, 10, 30, 0).AddMilliseconds(120) | ConvertTo-Json
'--- enums are numbers, or names with -EnumsAsStrings'
[System.ConsoleColor]::Red | ConvertTo-Json
[System.DayOfWeek]::Friday | ConvertTo-Json -EnumsAsStrings
@([System.ConsoleColor]::Blue, [System.DayOfWeek]::Monday) | ConvertTo-Json -Compress -EnumsAsStrings
