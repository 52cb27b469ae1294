package dev.jpwsh.remoting.client;

import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * {@code [System.Management.Automation.Remoting.PSRemotingTransportException]}: a transport could not connect, or
 * it broke. Scripts name the type ({@code catch [...]}, Pester's {@code -ExceptionType}), so it is a class. The
 * two-argument constructor gives the error id.
 */
@DotNetName(PSRemotingTransportException.TYPE)
public final class PSRemotingTransportException extends PSRuntimeException {
    static final String TYPE = "System.Management.Automation.Remoting.PSRemotingTransportException";

    public PSRemotingTransportException() {
        this(null);
    }

    public PSRemotingTransportException(String message) {
        this("PSRemotingTransportException", message);
    }

    public PSRemotingTransportException(String errorId, String message) {
        this(errorId, message, null);
    }

    /** With the exception that made the transport fail as its InnerException. */
    public PSRemotingTransportException(String errorId, String message, Throwable inner) {
        super(errorId, "ResourceUnavailable", message == null ? "Exception of type '" + TYPE + "' was thrown."
                : message, inner, TYPE);
    }
}
