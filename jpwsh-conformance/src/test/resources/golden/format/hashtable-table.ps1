# A hashtable prints as a Name/Value table whose Name column is 30 characters wide, framed by blank lines.
@{ Greeting = 'hello' }
