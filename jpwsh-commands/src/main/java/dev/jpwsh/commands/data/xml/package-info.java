/**
 * The XML cmdlets of Microsoft.PowerShell.Utility: Select-Xml (XPath queries over documents, files or text, giving
 * {@link dev.jpwsh.commands.data.xml.SelectXmlInfo}s) and ConvertTo-Xml (objects as pwsh's {@code <Objects>}
 * document, written by {@link dev.jpwsh.commands.data.xml.ObjectXmlWriter}). Uses the engine's cmdlet API and member
 * access and jpwsh-dotnet's System.Xml facades; registered by {@link dev.jpwsh.commands.data.xml.XmlCommands}.
 */
package dev.jpwsh.commands.data.xml;
