using namespace IO =
[System.IO.Path]::GetTempPath()
