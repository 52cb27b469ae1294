# [datetime] reads the invariant forms: ISO with fraction and zone, M/d/yyyy with 12-hour time, month names, two-digit years
([datetime]'2030-4-5 1:2:3.09').ToString('o')
([datetime]'1/1/0030').ToString('yyyy-MM-dd')
([datetime]'Jan 1, 2020').ToString('s')
([datetime]'1 January 2020 13:05').ToString('s')
([datetime]'Tue, 05 Mar 2024 14:07:09').ToString('s')
([datetime]'3/5/2024 2:30 PM').ToString('s')
([datetime]'3/5/24').ToString('yyyy')
([datetime]'3/5/99').ToString('yyyy')
([datetime]'2024-03-05T10:30:00Z').Kind
([datetime]'2024-03-05T10:30:00').Kind
try { [datetime]'Foo 1, 2020' } catch { $_.Exception.Message }
