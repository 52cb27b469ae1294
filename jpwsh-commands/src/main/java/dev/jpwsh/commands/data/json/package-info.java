/**
 * JSON in and out: ConvertTo-Json ({@link dev.jpwsh.commands.data.json.JsonObjectWriter} walks the objects onto
 * Jackson's streaming generator in pwsh's layout and escapes), ConvertFrom-Json (Jackson's streaming parser, lenient
 * as pwsh's reader is, building custom objects or hashtables) and Test-Json (schemas checked by dev.harrel's
 * json-schema validator over {@link dev.jpwsh.commands.data.json.SchemaJsonNode} trees that Jackson's parser builds).
 * Dates, numbers and error texts follow pwsh's JSON library (Newtonsoft.Json). Uses the engine's cmdlet API and
 * member access, jpwsh-dotnet's DateTime, jackson-core (streaming only, no data binding) and json-schema; registered
 * by {@link dev.jpwsh.commands.data.json.JsonCommands}.
 */
package dev.jpwsh.commands.data.json;
