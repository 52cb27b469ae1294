package dev.jpwsh.commands.process;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The host while Start-Transcript records: everything shown through it (the console's formatted output included)
 * goes to the host it wraps and is also appended to the transcript file, errors as that host shows them. Stop-Transcript puts the wrapped host back.
 */
final class TranscribingHost implements Host, HostUserInterface {
    private final Host inner;
    private final Path file;
    private final Writer writer;

    TranscribingHost(Host inner, Path file, boolean append) throws IOException {
        this.inner = inner;
        this.file = file;
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    }

    Host inner() {
        return inner;
    }

    Path file() {
        return file;
    }

    /** Writes the closing lines and closes the file. */
    void close(String footer) throws IOException {
        record(footer);
        writer.close();
    }

    synchronized void record(String text) {
        try {
            writer.write(text);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public HostUserInterface ui() {
        return this;
    }

    public HostUserInterface getUI() {
        return this;
    }

    public String getName() {
        return inner.name();
    }

    @Override
    @dev.jpwsh.runtime.object.NonPublic
    public void enterNestedPrompt(dev.jpwsh.engine.exec.Frame caller) {
        inner.enterNestedPrompt(caller);
    }

    /** The wrapped host's line, recorded after its prompt (a masked one as the prompt alone). */
    @Override
    public String readLine(String prompt, boolean mask) {
        String line = inner.ui().readLine(prompt, mask);
        if (line != null) {
            record(prompt.replaceAll("\u001b\\[[0-9;]*m", "") + (mask ? "" : line) + "\n");
        }
        return line;
    }

    @Override
    public void transcribe(String text) {
        record(text);
    }

    @Override
    public boolean canRead() {
        return inner.ui().canRead();
    }

    @Override
    public String colored(Color foreground, String text) {
        return inner.ui().colored(foreground, text);
    }

    @Override
    public int windowWidth() {
        return inner.ui().windowWidth();
    }

    @Override
    public RuntimeException promptRefused() {
        return inner.ui().promptRefused();
    }

    @Override
    public String errorText(ErrorRecord error) {
        return inner.ui().errorText(error);
    }

    @Override
    public void write(String text) {
        inner.ui().write(text);
        record(text);
    }

    @Override
    public void write(Color foreground, Color background, String text) {
        inner.ui().write(foreground, background, text);
        record(text);
    }

    @Override
    public void writeErrorLine(String text) {
        inner.ui().writeErrorLine(text);
        record(text + "\n");
    }

    @Override
    public void writeError(ErrorRecord error) {
        inner.ui().writeError(error);
        String text = inner.ui().errorText(error);
        record(text.endsWith("\n") ? text : text + "\n");
    }

    @Override
    public void writeWarningLine(String text) {
        inner.ui().writeWarningLine(text);
        record("WARNING: " + text + "\n");
    }

    @Override
    public void writeVerboseLine(String text) {
        inner.ui().writeVerboseLine(text);
        record("VERBOSE: " + text + "\n");
    }

    @Override
    public void writeDebugLine(String text) {
        inner.ui().writeDebugLine(text);
        record("DEBUG: " + text + "\n");
    }

    @Override
    public void writeProgress(dev.jpwsh.engine.exec.ProgressRecord progress) {
        inner.ui().writeProgress(progress);
    }

    /** Native programs never inherit the streams while recording: their output must reach the transcript. */
    @Override
    public boolean lendProcessStreams() {
        return false;
    }
}
