# A string with line breaks prints as several lines.
"first`nsecond"
'third'
