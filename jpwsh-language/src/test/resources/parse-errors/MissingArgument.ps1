Copy-Item -Path ,$source -Destination $target
