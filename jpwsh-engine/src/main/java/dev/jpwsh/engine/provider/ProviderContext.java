package dev.jpwsh.engine.provider;

import dev.jpwsh.engine.exec.Frame;

/**
 * What a provider call needs of the command calling it: the frame it runs in (the session, the scope a Variable or
 * Function provider reads), {@code -Force}, and where to report a non-terminating error about one item of many (a
 * file a recursive walk cannot read) and keep going.
 */
public record ProviderContext(Frame frame, boolean force, ItemErrors errors) {
    /** Reports an error about one item and lets the operation go on with the rest. */
    @FunctionalInterface
    public interface ItemErrors {
        void report(dev.jpwsh.engine.exec.PSException error);
    }
}
