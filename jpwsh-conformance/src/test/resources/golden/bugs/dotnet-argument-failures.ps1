# .NET methods that refuse their arguments fail with .NET's exception and message, wrapped as pwsh wraps them
function Show($block) {
    try { & $block } catch {
        $_.Exception.GetType().Name + ' / ' + $_.Exception.InnerException.GetType().FullName
        $_.Exception.InnerException.Message
    }
}
Show { [convert]::ToInt32('zz', 16) }
Show { [convert]::ToInt32('1fz', 16) }
Show { [convert]::ToInt32('1', 7) }
[convert]::ToInt32('ff', 16)
[convert]::ToInt32('0x1F', 16)
[convert]::ToInt32('FFFFFFFF', 16)
[convert]::ToInt32('-12', 10)
[convert]::ToInt64('101', 2)
Show { [datetime]::Parse('zz') }
Show { [math]::Round(1.5, 99) }
Show { [math]::Round(1.5, -1) }
[math]::Round(2.345, 2)
# a left collection compares each element with the right operand, an array here
'a', 'b' -ne $null, 'x'
@('a', 'b' -eq $null, 'x').Count
