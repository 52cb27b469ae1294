# The preference variables start with PowerShell's defaults.
$ErrorActionPreference
$WarningPreference
$VerbosePreference
$DebugPreference
$InformationPreference
$ProgressPreference
$ConfirmPreference
$WhatIfPreference
