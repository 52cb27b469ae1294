# The stream records are pwsh's types: [WarningRecord] (message, optional FullyQualifiedWarningId, settable Message, no InvocationInfo), [VerboseRecord], [DebugRecord], [InformationRecord]::new(data, source), their InformationalRecord base, what 3>&1..6>&1 give, and generic arguments named through using namespace
using namespace System.Management.Automation
$w = [WarningRecord]::new('careful')
$w.GetType().FullName, $w.Message, "[$($w.FullyQualifiedWarningId)]", "$w", ($null -eq $w.InvocationInfo)
$w2 = [WarningRecord]::new('Some.Id', 'with id'); $w2.FullyQualifiedWarningId; $w2.Message = 'changed'; "$w2"
[WarningRecord].BaseType.FullName
[VerboseRecord]::new('v').Message, [DebugRecord]::new('d').Message
$i = [InformationRecord]::new('data', 'src'); "$i", $i.Source, $i.Tags.Count
$r = Write-Warning 'hi' 3>&1; $r -is [WarningRecord]; $r -is [InformationalRecord]
$r = Write-Verbose 'vv' -Verbose 4>&1; $r -is [VerboseRecord]; $r.GetType().Name
$r = Write-Debug 'dd' -Debug 5>&1; $r -is [DebugRecord]
$r = Write-Information 'ii' 6>&1; $r -is [InformationRecord]
$l = [System.Collections.Generic.List[WarningRecord]]::new(); $l.GetType().Name, $l.GetType().GenericTypeArguments[0].FullName
($w | Get-Member -MemberType Property).Name -join ','
$null -eq $w.PipelineIterationInfo
