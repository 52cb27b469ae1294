<#
.SYNOPSIS
    Backs up the logs.
#
Copy-Item *.log D:\Backup
