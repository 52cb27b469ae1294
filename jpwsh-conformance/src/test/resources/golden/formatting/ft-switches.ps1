# Format-Table -HideTableHeaders prints the rows only; -AutoSize sizes columns from every object; -Wrap breaks long cells over lines within the width.
$items = [pscustomobject]@{ Id = 1; Text = 'short' }, [pscustomobject]@{ Id = 22; Text = 'a somewhat longer text that needs wrapping' }
$items | Format-Table -HideTableHeaders
$items | Format-Table -AutoSize
$items | Format-Table -Wrap | Out-String -Width 30 -Stream
$items | Format-Table | Out-String -Width 30 -Stream
