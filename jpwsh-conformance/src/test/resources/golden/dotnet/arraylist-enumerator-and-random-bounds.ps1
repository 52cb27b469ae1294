# ArrayList.GetEnumerator() is an IEnumerator (MoveNext, Current, Reset; Current outside the elements is .NET's InvalidOperationException), which pipelines enumerate from where it stands; [Random]'s Next with a negative bound, or bounds the wrong way round, is .NET's ArgumentOutOfRangeException
$list = [System.Collections.ArrayList]@('a', 'b', 'c')
$e = $list.GetEnumerator()
$e.GetType().FullName
try { $e.Current } catch { $_.Exception.InnerException.GetType().FullName + ': ' + $_.Exception.InnerException.Message }
$e.MoveNext()
$e.Current
$e.MoveNext()
$e.Current
($e | ForEach-Object { "rest $_" }) -join ', '
$e.MoveNext()
$e.Reset()
$e.MoveNext()
$e.Current
$all = foreach ($item in $list.GetEnumerator()) { $item.ToUpper() }
$all -join ''
$random = [Random]::new(3)
$random.Next(0)
$random.Next(5, 5)
foreach ($call in { $random.Next(-1) }, { $random.Next(5, 2) }) {
    try { & $call } catch { $_.Exception.GetType().Name; $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.ParamName; $_.Exception.Message }
}
