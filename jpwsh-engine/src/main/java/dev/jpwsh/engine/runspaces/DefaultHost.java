package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.InstanceIds;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.runtime.error.ErrorRecord;

/**
 * The host of a runspace created without one: its name is "Default Host" and its user interface drops what
 * it is given and refuses to ask the user anything (PromptForChoice and PromptForCredential too, as
 * {@link HostUserInterface} refuses them). What scripts write still reaches the invoking PowerShell's streams. Stateless apart from its id.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.Internal.Host.InternalHost")
public final class DefaultHost implements Host {
    private static final SilentUserInterface SILENT = new SilentUserInterface();

    private final Guid instanceId = InstanceIds.next();

    /** A default host with a new InstanceId: a runspace or pool created without a host makes one. */
    public DefaultHost() {
    }

    /** {@return {@code "Default Host"}} */
    @Override
    public String name() {
        return "Default Host";
    }

    /** {@return the {@link SilentUserInterface}, one shared by every default host} */
    @Override
    public HostUserInterface ui() {
        return SILENT;
    }

    /**
     * {@code $Host.InstanceId}: one per runspace or pool that made its own default host.
     *
     * @return the id, made with the host
     */
    public Guid getInstanceId() {
        return instanceId;
    }

    /**
     * {@code $Host.UI} of a host-less runspace: writes are dropped, and anything that would ask the user fails
     * with HostFunctionNotImplemented, as nobody is there to answer. Stateless.
     */
    public static final class SilentUserInterface implements HostUserInterface {
        /** A silent user interface; being stateless, one serves every default host. */
        public SilentUserInterface() {
        }

        /** Dropped. */
        @Override
        public void write(String text) {
        }

        /** Dropped. */
        @Override
        public void write(Color foreground, Color background, String text) {
        }

        /** Dropped. */
        @Override
        public void writeErrorLine(String text) {
        }

        /** Dropped. */
        @Override
        public void writeError(ErrorRecord record) {
        }

        /** Dropped. */
        @Override
        public void writeWarningLine(String text) {
        }

        /** Dropped. */
        @Override
        public void writeVerboseLine(String text) {
        }

        /** Dropped. */
        @Override
        public void writeDebugLine(String text) {
        }

        /**
         * Refused: a host-less runspace has nobody to type a line.
         *
         * @return nothing: it always throws
         * @throws dev.jpwsh.runtime.error.PSRuntimeException HostFunctionNotImplemented, a HostException
         */
        public String readLine() {
            throw notInteractive();
        }

        /**
         * Refused, as {@link #readLine()}.
         *
         * @return nothing: it always throws
         * @throws dev.jpwsh.runtime.error.PSRuntimeException HostFunctionNotImplemented, a HostException
         */
        public Object readLineAsSecureString() {
            throw notInteractive();
        }

        /**
         * Refused: nobody is there to answer prompts.
         *
         * @param caption ignored
         * @param message ignored
         * @param descriptions ignored
         * @return nothing: it always throws
         * @throws dev.jpwsh.runtime.error.PSRuntimeException HostFunctionNotImplemented, a HostException
         */
        public Object prompt(Object caption, Object message, Object descriptions) {
            throw notInteractive();
        }

        /**
         * {@code $Host.UI.RawUI}: no console behind it either.
         *
         * @return nothing: it always throws
         * @throws dev.jpwsh.runtime.error.PSRuntimeException HostFunctionNotImplemented, a HostException
         */
        public Object getRawUI() {
            throw notInteractive();
        }

        private RuntimeException notInteractive() {
            return promptRefused();
        }
    }
}
