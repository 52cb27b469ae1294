package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.serialization.CliXmlException;

/** The errors of the CLIXML cmdlets, with pwsh's ids. */
final class CliXmlErrors {
    private CliXmlErrors() {
    }

    /** Unreadable CLIXML: .NET's XmlException escaping the cmdlet, as pwsh reports it. */
    static PSException unreadable(CliXmlException e, Object target) {
        return RuntimeFailures.create("System.Xml.XmlException", "NotSpecified", e.getMessage(), target,
                "System.Xml.XmlException");
    }

    static PSException ioFailure(String path, Exception e) {
        return RuntimeFailures.create("FileOpenFailure", "OpenError", String.valueOf(e.getMessage()), path,
                "System.IO.IOException");
    }
}
