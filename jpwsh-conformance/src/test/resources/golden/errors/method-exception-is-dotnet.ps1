# A .NET method's exception surfaces as MethodInvocationException "Exception calling ..." whose inner exception has .NET's type and .NET 8's message, and whose error id is that type's name.
try { [int]::Parse('x') } catch {
    $_.Exception.Message
    $_.Exception.GetType().FullName
    $_.Exception.InnerException.GetType().FullName
    $_.Exception.InnerException.Message
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Reason
}
try { [int]::Parse('99999999999') } catch {
    $_.Exception.Message
    $_.Exception.InnerException.GetType().FullName
}
try { [guid]::Parse('x') } catch {
    $_.Exception.Message
    $_.Exception.InnerException.GetType().FullName
}
try { [System.Threading.Thread]::CurrentThread.Abort() } catch {
    $_.Exception.Message
    $_.Exception.InnerException.GetType().FullName
}
try { 'abc'.Substring(5) } catch {
    $_.Exception.Message
    $_.Exception.InnerException.GetType().FullName
}
try { [System.Convert]::FromBase64String('!!') } catch { $_.Exception.InnerException.GetType().FullName }
try { [System.IO.File]::ReadAllText('/nonexistent-jpwsh-dir/x.txt') } catch {
    $_.Exception.Message
    $_.Exception.InnerException.GetType().FullName
}
