Write-Host 'Loading'
using namespace System.IO
