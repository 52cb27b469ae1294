# A type prints as pwsh's System.RuntimeType table (PowerShellCore_format_ps1xml: IsPublic and IsSerial 8 wide, Name 40, then BaseType), one row per type.
[int]
[string]
[hashtable]
[object[]]
[System.DayOfWeek]
(1).GetType()
