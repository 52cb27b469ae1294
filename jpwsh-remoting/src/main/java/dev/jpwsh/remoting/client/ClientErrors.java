package dev.jpwsh.remoting.client;

import dev.jpwsh.runtime.error.PSRuntimeException;

/** The errors of the client side of remoting, with pwsh's ids and exception types. */
final class ClientErrors {
    private ClientErrors() {
    }

    /** A PSRemotingTransportException: the transport could not connect, or it broke. */
    static PSRuntimeException transport(String id, String message) {
        return new PSRemotingTransportException(id, message);
    }

    /** A PSRemotingTransportException whose InnerException is {@code inner}, what made the transport fail. */
    static PSRuntimeException transport(String id, String message, Throwable inner) {
        return new PSRemotingTransportException(id, message, inner);
    }
}
