# A cast that does not fit the target type is an error, not a wrap-around.
try { [byte]300 } catch { 'byte overflow' }
[byte]255
try { [int]'99999999999' } catch { 'int overflow' }
