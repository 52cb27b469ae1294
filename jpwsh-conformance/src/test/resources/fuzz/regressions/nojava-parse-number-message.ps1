# Values and type literals of .NET types report their .NET names, whatever implements them.
[System.Text.StringBuilder]::new().GetType().FullName
[timespan]::FromSeconds(5).GetType().FullName
([version]'1.(2').GetType().FullName
[System.Collections.ArrayList]::new().GetType().FullName
[System.DayOfWeek]::Monday.GetTyp().FullName
[guid]::NewGuid().GetType().FullName
([type]'System.Text.StringBuilder').FullName
[string].Name
[string].Namespace
[System.Collections.Generic.HashSet[int]].Name
[System.StringComparer].FullName
