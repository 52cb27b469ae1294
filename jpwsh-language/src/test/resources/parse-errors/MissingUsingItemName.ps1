using namespace
[System.IO.Path]::GetTempPath()
