# Exactly one of $IsLinux, $IsWindows and $IsMacOS is true, and $IsCoreCLR is true.
@($IsLinux, $IsWindows, $IsMacOS).Where({ $_ }).Count
$IsCoreCLR
$IsLinux.GetType().Name
