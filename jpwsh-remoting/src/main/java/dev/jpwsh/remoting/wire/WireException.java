package dev.jpwsh.remoting.wire;

/** Bytes that do not follow the protocol: a malformed, truncated or oversized fragment, message or packet. */
public final class WireException extends RuntimeException {
    public WireException(String message) {
        super(message);
    }
}
