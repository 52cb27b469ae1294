# One catch clause can list several exception types.
foreach ($e in [System.ArgumentException]::new('a'), [System.FormatException]::new('f'), [System.TimeoutException]::nw('t')) {
    try { throw $e } catch [System.ArgumentException], [System.FormatException] { 'listed' } catch { 'unlisted' }
}
