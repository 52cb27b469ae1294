package dev.jpwsh.jsr223;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.engine.runspaces.PSDataStreams;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.script.ScriptContext;

/**
 * The host of a script engine's runspace: what scripts show (Write-Host, warnings, errors) goes to the writers of
 * the {@link ScriptContext} the running {@code eval} was given. Colours are dropped. The engine sets the context
 * before each script; the pipeline thread reads it, so it is volatile.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.Internal.Host.InternalHost")
final class ScriptContextHost implements Host, HostUserInterface {
    private volatile ScriptContext context;

    void use(ScriptContext context) {
        this.context = context;
    }

    /**
     * Shows the errors an invocation reports and goes on from, as a console shows them. (Warnings, verbose,
     * debug and Write-Host reach this host directly; a PowerShell object keeps errors in its stream only.)
     */
    void showErrors(PSDataStreams streams) {
        streams.getError().addDataAddedListener(record -> writeErrorLine(String.valueOf(record)));
    }

    @Override
    public String name() {
        return "jpwsh JSR-223 Host";
    }

    @Override
    public HostUserInterface ui() {
        return this;
    }

    @Override
    public void write(String text) {
        print(context.getWriter(), text);
    }

    @Override
    public void write(Color foreground, Color background, String text) {
        write(text);
    }

    @Override
    public void writeErrorLine(String text) {
        print(context.getErrorWriter(), text + "\n");
    }

    @Override
    public void writeError(ErrorRecord record) {
        writeErrorLine(record.toString());
    }

    @Override
    public void writeWarningLine(String text) {
        writeLine("WARNING: " + text);
    }

    @Override
    public void writeVerboseLine(String text) {
        writeLine("VERBOSE: " + text);
    }

    @Override
    public void writeDebugLine(String text) {
        writeLine("DEBUG: " + text);
    }

    private static void print(Writer writer, String text) {
        try {
            writer.write(text);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
