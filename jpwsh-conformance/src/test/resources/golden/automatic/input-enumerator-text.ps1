# $input is an ArrayList enumerator: its type is ArrayList+ArrayListEnumeratorSimple, ToString() gives that name, and in a string it expands to the input it has left (PSObject.ToStringParser unravels enumerators).
function Show { $input.GetType().FullName; $input.ToString(); "[$input]"; "[$input]" }
1, 2 | Show
function Process-Each { process { "$input" } }
'a', 'b' | Process-Each
