/**
 * The CLIXML cmdlets of Microsoft.PowerShell.Utility: Export-Clixml, Import-Clixml, ConvertTo-CliXml and
 * ConvertFrom-CliXml, and {@code [System.Management.Automation.PSSerializer]}. They drive the engine's streaming
 * serializer and deserializer ({@code dev.jpwsh.engine.serialization}), giving it the session's member listing
 * ({@link dev.jpwsh.commands.data.clixml.SessionPropertySource}, installed as the engine's PropertySources); errors in
 * {@link dev.jpwsh.commands.data.clixml.CliXmlErrors}.
 * Registered by {@link dev.jpwsh.commands.data.clixml.ClixmlCommands}.
 */
package dev.jpwsh.commands.data.clixml;
