package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;

/** System.Xml.XmlException: text that is not well-formed XML, with .NET's message and position. */
@DotNetName("System.Xml.XmlException")
public final class XmlException extends RuntimeException {
    private final int lineNumber;
    private final int linePosition;

    public XmlException(String message, int lineNumber, int linePosition) {
        super(lineNumber > 0 ? message + " Line " + lineNumber + ", position " + linePosition + "." : message);
        this.lineNumber = lineNumber;
        this.linePosition = linePosition;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public int getLinePosition() {
        return linePosition;
    }
}
