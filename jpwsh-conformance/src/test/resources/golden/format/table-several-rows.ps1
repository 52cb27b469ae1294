# Columns are as wide as their widest value among the objects printed together.
[pscustomobject]@{ Item = 'pen'; Qty = 10; Note = 'blue' },
[pscustomobject]@{ Item = 'notebook'; Qty = 2; Note = 'a5' },
[pscustomobject]@{ Item = 'ink'; Qty = 125; Note = 'black' }
