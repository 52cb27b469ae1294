package dev.jpwsh.engine.serialization;

/**
 * CLIXML that cannot be read: malformed XML or content pwsh's deserializer refuses, with .NET's XmlException
 * wording ({@code ... Line 3, position 5.}). Stands for System.Xml.XmlException.
 */
public final class CliXmlException extends RuntimeException {
    public CliXmlException(String message, int line, int column) {
        super(line > 0 ? message + " Line " + line + ", position " + column + "." : message);
    }
}
