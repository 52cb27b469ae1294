# ValidatePattern, ValidateScript, ValidateLength, ValidateCount and ValidateNotNullOrEmpty each reject bad values.
function Test-Pattern { param([ValidatePattern('^\d+$')] $Code) 'pattern ok' }
function Test-Script { param([ValidateScript({ $_ % 2 -eq 0 })] [int]$Even) 'script ok' }
function Test-Length { param([ValidateLength(2, 3)] [string]$Tag) 'length ok' }
function Test-Count { param([ValidateCount(1, 2)] [int[]]$Items) 'count ok' }
function Test-NotEmpty { param([ValidateNotNullOrEmpty()] [string]$Text) 'not empty ok' }
Test-Pattern 123
try { Test-Pattern 12a } catch { 'pattern rejected' }
Test-Script 4
try { Test-Script 3 } catch { 'script rejected' }
Test-Length abc
try { Test-Length abcd } catch { 'length rejected' }
Test-Count 1, 2
try { Test-Count 1, 2, 3 } catch { 'count rejected' }
Test-NotEmpty x
try { Test-NotEmpty '' } catch { 'empty rejected' }
