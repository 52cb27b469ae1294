# A number on the left cannot add a string that is not a number.
try { 16 + 'file' } catch { 'cannot add' }
'file' + 16
