# PropertyInfo and FieldInfo: GetValue and SetValue on a script class, an enum's fields, constructors and InvokeMember
class Account {
    [string] $Owner = 'ann'
    [int] $Balance = 10
    static [int] $Opened = 3
}
$account = [Account]::new()
$balance = [Account].GetProperty('Balance')
$balance.Name
$balance.PropertyType.FullName
$balance.CanRead, $balance.CanWrite
$balance.GetValue($account)
$balance.SetValue($account, 25)
$account.Balance
$balance.SetValue($account, '30')
$account.Balance
[Account].GetProperty('Opened').GetValue($null)
[Account].GetProperty('Owner').GetGetMethod().Name
[Account].GetProperty('Owner').GetSetMethod().Invoke($account, @('bob'))
$account.Owner
@([Account].GetFields()).Count
$red = [ConsoleColor].GetField('Red')
$red.Name
$red.IsStatic
$red.GetValue($null)
[ConsoleColor].GetEnumNames()[0..2] -join ','
@([Account].GetConstructors()).Count -ge 1
[System.Text.StringBuilder].GetConstructor([type[]]@([string])).Invoke(@('built')).ToString()
[System.Text.StringBuilder].InvokeMember('new', [Reflection.BindingFlags]'CreateInstance', $null, $null, @('made')).ToString()
[Account].InvokeMember('Balance', [Reflection.BindingFlags]'GetProperty', $null, $account, $null)
[Account].InvokeMember('Balance', [Reflection.BindingFlags]'SetProperty', $null, $account, @(99))
$account.Balance
[string].InvokeMember('ToUpper', [Reflection.BindingFlags]'InvokeMethod', $null, 'shout', $null)
[Account].GetMember('Balance').MemberType
