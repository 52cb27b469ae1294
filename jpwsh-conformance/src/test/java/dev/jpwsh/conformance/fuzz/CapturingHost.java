package dev.jpwsh.conformance.fuzz;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;

/**
 * A host that keeps what a fuzz input writes to it (Write-Host, warnings, verbose and debug lines, error views), up
 * to a bound, so that it can be searched for Java names. Written by the input's pipeline thread and read after the
 * input ended or was abandoned; every access holds the instance's lock.
 */
final class CapturingHost implements Host, HostUserInterface {
    private final StringBuilder text = new StringBuilder();
    private final int limit;

    CapturingHost(int limit) {
        this.limit = limit;
    }

    synchronized String text() {
        return text.toString();
    }

    synchronized void append(String more) {
        if (more == null) {
            return;
        }
        int room = limit - text.length();
        if (room > 0) {
            text.append(more, 0, Math.min(room, more.length())).append('\n');
        }
    }

    @Override
    public String name() {
        return "FuzzHost";
    }

    @Override
    public HostUserInterface ui() {
        return this;
    }

    @Override
    public void write(String more) {
        append(more);
    }

    @Override
    public void write(Color foreground, Color background, String more) {
        append(more);
    }

    @Override
    public void writeErrorLine(String line) {
        append(line);
    }

    @Override
    public void writeError(ErrorRecord record) {
        append(LanguagePrimitives.toString(record));
    }

    @Override
    public void writeWarningLine(String line) {
        append(line);
    }

    @Override
    public void writeVerboseLine(String line) {
        append(line);
    }

    @Override
    public void writeDebugLine(String line) {
        append(line);
    }
}
