# A .NET method that throws is wrapped in MethodInvocationException, naming the method and argument count, with the inner exception kept
try { [int]::Parse('abc') } catch {
    $_.Exception.GetType().Name
    $_.Exception.InnerException.GetType().Name
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Reason
    "$_"
}
try { 'abc'.Substring(10) } catch { "$($_.Exception.GetType().Name): $($_.Exception.InnerException.GetType().Name)" }
try { [int]::Parse('abc') } catch [System.Management.Automation.MethodInvocationException] { 'caught as MethodInvocationException' }
try { [int]::Parse('abc') } catch [FormatException] { 'caught as FormatException' } catch { 'not by the inner type' }
[int]::Parse('abc')
