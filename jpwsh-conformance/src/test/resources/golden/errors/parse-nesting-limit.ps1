# Text nested up to the parser's limit parses, compiles and runs; one level of text deeper is the ScriptTooComplicated parse error
# jpwsh counts nesting levels (500: a parenthesis, an if block or a link of a chain such as 1+1+1 takes one, a $( )
# or a script block two) where pwsh measures its thread's stack (about 10 MB, thousands of levels), so the too-deep
# texts below would parse in pwsh; a count gives every thread the same answer. The deep texts that run print what pwsh
# prints.
function Invoke-Text([string] $Text) { & ([scriptblock]::Create($Text)) }

Invoke-Text ('(' * 450 + '1' + ')' * 450)
Invoke-Text ('$(' * 240 + '2' + ')' * 240)
Invoke-Text ('"$(' * 240 + '3' + ')"' * 240)
Invoke-Text ('@(' * 240 + '4' + ')' * 240)
Invoke-Text ('if (1) {' * 450 + '5' + '}' * 450)
Invoke-Text ('-not ' * 451 + '0')
Invoke-Text ('[int]' * 450 + '"7"')
Invoke-Text ('1' + '+1' * 450)
$hash = Invoke-Text ('@{a=' * 240 + '8' + '}' * 240)
for ($i = 1; $i -lt 240; $i++) { $hash = $hash.a }
$hash.a
$functions = "'9'"
foreach ($i in 1..200) { $functions = "function f$i { $functions }; f$i" }
Invoke-Text $functions

foreach ($text in ('(' * 600), ('$(' * 300), ('"$(' * 300), ('{' * 600), ('[a[' * 600), ('!' * 600 + '1'),
        ('1' + '+1' * 600)) {
    try {
        $null = [scriptblock]::Create($text)
        'parsed'
    } catch {
        $_.Exception.Message
    }
}
