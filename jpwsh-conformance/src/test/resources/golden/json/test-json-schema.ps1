# Test-Json -Schema and -SchemaFile validate with a JSON schema; each violation is an InvalidJsonAgainstSchemaDetailed error at its JSON pointer
$schema = '{"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}}}'
Test-Json -Json '{"name": "x", "tags": ["a"]}' -Schema $schema
Test-Json -Json '{"name": 1, "tags": [2, "b"]}' -Schema $schema -ErrorVariable err -ErrorAction SilentlyContinue
$err.Count
$err | ForEach-Object { $_.FullyQualifiedErrorId; $_.Exception.Message }
'--- non-object types'
foreach ($value in '1', '"s"', 'true', 'null', '[]') {
    $types = 'string', 'number', 'boolean', 'null', 'array', 'object' | Where-Object {
        Test-Json -Json $value -Schema "{ `"type`": `"$_`" }" -ErrorAction SilentlyContinue
    }
    "$value is $types"
}
'--- schema files, with a reference to a second file'
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    Set-Content -Path (Join-Path $dir 'defs.json') -Value '{"definitions": {"name": {"type": "string", "minLength": 2}}}'
    Set-Content -Path (Join-Path $dir 'schema.json') -Value '{"type": "object", "properties": {"name": {"$ref": "defs.json#/definitions/name"}}}'
    Set-Content -Path (Join-Path $dir 'good.json') -Value '{"name": "Ada"}'
    Set-Content -Path (Join-Path $dir 'bad.json') -Value '{"name": "A"}'
    Test-Json -Path (Join-Path $dir 'good.json') -SchemaFile (Join-Path $dir 'schema.json')
    Test-Json -LiteralPath (Join-Path $dir 'bad.json') -SchemaFile (Join-Path $dir 'schema.json') -ErrorAction SilentlyContinue
    try { Test-Json -Json '{}' -SchemaFile (Join-Path $dir 'missing.json') } catch { $_.FullyQualifiedErrorId }
    Set-Content -Path (Join-Path $dir 'broken.json') -Value '{"definitions": {"name"}}'
    Set-Content -Path (Join-Path $dir 'refers.json') -Value '{"properties": {"name": {"$ref": "broken.json#/definitions/name"}}}'
    Test-Json -Json '{"name": "x"}' -SchemaFile (Join-Path $dir 'refers.json') -ErrorVariable unresolved -ErrorAction SilentlyContinue
    $unresolved[0].FullyQualifiedErrorId
    try { Test-Json -Path (Join-Path $dir 'missing.json') } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
'--- a schema that is not JSON is reported, and then only the JSON is checked'
Test-Json -Json '{}' -Schema '{"type":' -ErrorVariable bad -ErrorAction SilentlyContinue
$bad[0].FullyQualifiedErrorId
$bad[0].Exception.Message
try { Test-Json -Json '{}' -Schema '{"type":' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
