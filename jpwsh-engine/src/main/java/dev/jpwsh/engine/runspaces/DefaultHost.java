package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.engine.types.dotnet.SystemStatics.Guid;
import dev.jpwsh.runtime.error.ErrorRecord;

/**
 * The host of a runspace created without one: its name is "Default Host" and its user interface drops what
 * it is given. What scripts write still reaches the invoking PowerShell's streams. Stateless apart from its id.
 */
public final class DefaultHost implements Host {
    private static final HostUserInterface SILENT = new HostUserInterface() {
        @Override
        public void write(String text) {
        }

        @Override
        public void write(Color foreground, Color background, String text) {
        }

        @Override
        public void writeErrorLine(String text) {
        }

        @Override
        public void writeError(ErrorRecord record) {
        }

        @Override
        public void writeWarningLine(String text) {
        }

        @Override
        public void writeVerboseLine(String text) {
        }

        @Override
        public void writeDebugLine(String text) {
        }
    };

    private final Guid instanceId = Guid.NewGuid();

    @Override
    public String name() {
        return "Default Host";
    }

    @Override
    public HostUserInterface ui() {
        return SILENT;
    }

    public Guid getInstanceId() {
        return instanceId;
    }

    @Override
    public String toString() {
        return "System.Management.Automation.Internal.Host.InternalHost";
    }
}
