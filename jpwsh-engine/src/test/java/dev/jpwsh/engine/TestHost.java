package dev.jpwsh.engine;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.ArrayList;
import java.util.List;

/** A host that records what the engine shows: host text and error records. */
public final class TestHost implements Host, HostUserInterface {
    final StringBuilder text = new StringBuilder();
    final List<ErrorRecord> errors = new ArrayList<>();

    @Override
    public String name() {
        return "TestHost";
    }

    @Override
    public HostUserInterface ui() {
        return this;
    }

    @Override
    public void write(String value) {
        text.append(value);
    }

    @Override
    public void write(Color foreground, Color background, String value) {
        text.append(value);
    }

    @Override
    public void writeErrorLine(String value) {
        text.append("ERR:").append(value).append('\n');
    }

    @Override
    public void writeError(ErrorRecord record) {
        errors.add(record);
    }

    @Override
    public void writeWarningLine(String value) {
        text.append("WARNING: ").append(value).append('\n');
    }

    @Override
    public void writeVerboseLine(String value) {
        text.append("VERBOSE: ").append(value).append('\n');
    }

    @Override
    public void writeDebugLine(String value) {
        text.append("DEBUG: ").append(value).append('\n');
    }
}
