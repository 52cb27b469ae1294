# ConvertTo-/ConvertFrom-SecureString: plain text, the local-machine form (pwsh on Linux: hex of UTF-16LE), pwsh's AES package with -Key and -SecureKey, and their errors
$secret = ConvertTo-SecureString 'Pa55_w0rd!' -AsPlainText -Force
$secret
"type: $($secret.GetType().FullName) length: $($secret.Length)"
"text: $secret"
ConvertFrom-SecureString -SecureString $secret -AsPlainText
$local = $secret | ConvertFrom-SecureString
$local
(ConvertTo-SecureString $local | ConvertFrom-SecureString -AsPlainText)
(ConvertTo-SecureString '480069002100' | ConvertFrom-SecureString -AsPlainText)
$key = [byte[]](1..32)
$packed = ConvertFrom-SecureString $secret -Key $key
"header: $($packed.Substring(0, 32))"
$parts = [System.Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($packed.Substring(32))).Split('|')
"parts: $($parts.Count) version $($parts[0]) iv bytes $([Convert]::FromBase64String($parts[1]).Length) data chars $($parts[2].Length)"
"back: $(ConvertTo-SecureString $packed -Key $key | ConvertFrom-SecureString -AsPlainText)"
$secureKey = ConvertTo-SecureString '0123456789abcdef' -AsPlainText
$viaSecureKey = ConvertFrom-SecureString $secret -SecureKey $secureKey
"secure key: $(ConvertTo-SecureString $viaSecureKey -SecureKey $secureKey | ConvertFrom-SecureString -AsPlainText)"
# a package as pwsh writes it for 'hi' with key 1..32 and IV 00..0f (AES-256-CBC, PKCS#7)
$fixed = '76492d1116743f0423413b16050a5345MgB8AEEAQQBFAEMAQQB3AFEARgBCAGcAYwBJAEMAUQBvAEwARABBADAATwBEAHcAPQA9AHwAMAA3ADkAMABkAGUAMwA2ADAANgBkAGEAYwBlAGUANgA4AGUAZQA0AGIANwA0AGUAZgAxADIAOAA2ADgAOQA3AA=='
"fixed: $(ConvertTo-SecureString $fixed -Key $key | ConvertFrom-SecureString -AsPlainText)"
function Report($errors) { foreach ($e in $errors) { "$($e.FullyQualifiedErrorId) | $($e.CategoryInfo.Category) | $($e.Exception.Message)" } }
ConvertTo-SecureString 'abc' -ErrorVariable bad -ErrorAction SilentlyContinue
Report $bad
ConvertTo-SecureString $packed -Key ([byte[]](1..5)) -ErrorVariable bad -ErrorAction SilentlyContinue
Report $bad
ConvertTo-SecureString $fixed -Key ([byte[]](2..33)) -ErrorVariable bad -ErrorAction SilentlyContinue
Report $bad
try { ConvertFrom-SecureString $secret -Key ([byte[]](1..10)) } catch { Report $_ }
try { ConvertFrom-SecureString ([securestring]::new()) } catch { Report $_ }
