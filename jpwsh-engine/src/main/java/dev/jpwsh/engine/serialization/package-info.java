/**
 * CLIXML, PowerShell's object serialization (the MS-PSRP serialization format, as pwsh writes it): a streaming
 * {@link dev.jpwsh.engine.serialization.ObjectSerializer} that walks an object graph onto a
 * {@link dev.jpwsh.engine.serialization.CliXmlTextWriter} (pwsh's indented layout, byte for byte), and a
 * streaming {@link dev.jpwsh.engine.serialization.ObjectDeserializer} on the JDK's StAX reader. Export-Clixml,
 * ConvertTo-CliXml, PSSerializer and the remoting wire format share them, the last two through
 * {@link dev.jpwsh.engine.serialization.CliXmlText}; the session's view of properties comes from the installed
 * {@link dev.jpwsh.engine.serialization.PropertySources}.
 *
 * <p>Services layer: uses the interpreter core (script blocks, script classes), {@code jpwsh-dotnet} and
 * {@code jpwsh-runtime}. What an object's adapted properties are is the caller's to say
 * ({@link dev.jpwsh.engine.serialization.PropertySource}), so the member listing of the commands stays where it is.
 */
package dev.jpwsh.engine.serialization;
