# A decimal keeps the scale it was written with and .NET's scale rules in arithmetic (sums keep the larger scale, products add scales, an exact quotient keeps the dividend's scale less the divisor's); text without the d suffix converts to decimal through a double, as pwsh scans it
"literal: $(1.50d)"
"sum: $(1.50d + 1) $(1.50d - 0.5d)"
"product: $(1.5d * 2) $(1.10d * 1.10d)"
"quotient: $(10.00d / 4) $(1d / 4) $(10d / 0.5d) $(1.0d / 3)"
"text with suffix: $([decimal]'1.50d') text without: $([decimal]'1.50') from double: $([decimal]1.50)"
"parse: $([decimal]::Parse('1.50'))"
"type: $((1.50d + 1).GetType().Name)"
