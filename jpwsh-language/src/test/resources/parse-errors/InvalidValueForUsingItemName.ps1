using namespace $ns
[Path]::GetTempPath()
