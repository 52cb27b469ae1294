# Script blocks cast to Func, Predicate and Action delegates convert their arguments and results.
$add = [Func[int, int, int]] { param($a, $b) $a + $b }
$add.Invoke('2', 3)
$answer = [Func[string]] { 42 }
$answer.Invoke().GetType().Name
$isLong = [Predicate[string]] { param($s) $s.Length -gt 3 }
$isLong.Invoke('hello')
$isLong.Invoke('hi')
$log = [System.Collections.Generic.List[string]]::new()
$record = [Action[string]] { param($s) $log.Add($s.ToUpper()) }
$record.Invoke('quiet')
$log[0]
$tenfold = [Func[int, int]] { $args[0] * 10 }
$tenfold.Invoke(4)
