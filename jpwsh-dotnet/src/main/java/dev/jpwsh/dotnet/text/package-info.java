/**
 * Text: System.Text.StringBuilder, System.Text.RegularExpressions.Regex, System.Text.Encoding and System.Convert
 * (numbers from text and back, Base-64), and {@link dev.jpwsh.dotnet.text.StringMembers}, the .NET members of
 * strings that Java's String lacks ({@code PadLeft}, {@code Split} with options). Stateless or, for a
 * StringBuilder, owned by one thread. May use the rest of {@code jpwsh-dotnet} and {@code jpwsh-runtime}.
 */
package dev.jpwsh.dotnet.text;
