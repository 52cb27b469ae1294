$greeting = @"Hello"@
