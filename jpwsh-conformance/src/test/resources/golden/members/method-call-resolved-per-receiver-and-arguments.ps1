# A method call run again and again finds the method anew whenever the receiver's type, the arguments' types or the method's name change: one call in a loop or a function reaches a different overload or class each time, and fails as its receiver does
function Add-Text($builder, $value) { [void]$builder.Append($value) }
$sb = [System.Text.StringBuilder]::new()
foreach ($v in 'a', 1, 2.5, [char]'z', 'b') { Add-Text $sb $v }
$sb.ToString()
$list = [System.Collections.Generic.List[string]]::new()
$list.Add('a'); $list.Add('l')
foreach ($o in $list, 'hello', $list) { $o.IndexOf('l') }
foreach ($v in -3, -2.5, [long]-7, -3) { [math]::Abs($v) }
$numbers = [System.Collections.Generic.List[int]]::new()
foreach ($name in 'Add', 'Contains', 'Remove', 'Contains') { $numbers.$name(5) }
foreach ($o in [System.Text.StringBuilder]::new('x'), 'y', [System.Text.StringBuilder]::new('x')) {
    try { [void]$o.Clear(); 'cleared' } catch { $_.FullyQualifiedErrorId }
}
