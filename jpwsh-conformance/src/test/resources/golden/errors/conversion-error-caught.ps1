# A failed cast raises an InvalidArgument error whose id says which conversion failed.
try { [int]'abc' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
try { [datetime]'not a date' } catch { 'date conversion failed' }
