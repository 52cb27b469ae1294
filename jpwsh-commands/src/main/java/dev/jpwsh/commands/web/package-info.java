/**
 * The web cmdlets of Microsoft.PowerShell.Utility: Invoke-WebRequest and Invoke-RestMethod on the JDK's
 * {@code java.net.http} client ({@link dev.jpwsh.commands.web.WebRequestCmdlet} checks the parameters and plans the
 * request, {@link dev.jpwsh.commands.web.WebExchange} sends it, following redirections as .NET does,
 * {@link dev.jpwsh.commands.web.ResponseContent} reads or streams the body), web sessions (cookies, kept headers), the
 * response objects pwsh writes, and ConvertTo-Html. Errors carry the ids and messages of pwsh's WebRequestPSCmdlet. Uses the engine's cmdlet API,
 * member access and providers, jpwsh-dotnet's facades (Encoding, XmlDocument, Dictionary), the JSON reader of
 * {@link dev.jpwsh.commands.data.json} and jackson-core; registered by {@link dev.jpwsh.commands.web.WebCommands}.
 */
package dev.jpwsh.commands.web;
