# .Where() in Split mode returns the passing and the failing elements as two collections.
$odd, $even = (1..6).Where({ $_ % 2 }, 'Split')
$odd -join ','
$even -join ','
