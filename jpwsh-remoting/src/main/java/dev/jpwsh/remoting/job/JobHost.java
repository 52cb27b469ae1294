package dev.jpwsh.remoting.job;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The host of a Start-Job job's runspace, as pwsh hands a job's host calls to Receive-Job: what the job's commands ask
 * of the host is queued on the job ({@link dev.jpwsh.engine.job.Job#addHostCall}), and the next Receive-Job runs it on
 * its own host. Writes are queued and the job goes on; a prompt (Read-Host, PromptForChoice, PromptForCredential)
 * blocks the job (state Blocked) until a Receive-Job has answered it.
 */
record JobHost(PSRemotingChildJob job) implements Host {
    /** {@return the name the job's own side never shows: the job's commands see the child's host} */
    @Override
    public String name() {
        return "JobHost";
    }

    /** {@return a user interface whose calls are queued on the job (it keeps no state of its own)} */
    @Override
    public HostUserInterface ui() {
        return new QueuedUi();
    }

    /** Each call runs later on the receiving host's user interface. */
    private final class QueuedUi implements HostUserInterface {
        private void later(Consumer<HostUserInterface> call) {
            job.addHostCall(host -> call.accept(host.ui()));
        }

        private <T> T answered(Function<HostUserInterface, T> call) {
            return job.askReceiver(host -> call.apply(host.ui()));
        }

        @Override
        public void write(String text) {
            later(u -> u.write(text));
        }

        @Override
        public void write(Color foreground, Color background, String text) {
            later(u -> u.write(foreground, background, text));
        }

        @Override
        public void writeLine(String text) {
            later(u -> u.writeLine(text));
        }

        @Override
        public void writeErrorLine(String text) {
            later(u -> u.writeErrorLine(text));
        }

        @Override
        public void writeError(ErrorRecord record) {
            later(u -> u.writeError(record));
        }

        @Override
        public void writeWarningLine(String text) {
            later(u -> u.writeWarningLine(text));
        }

        @Override
        public void writeVerboseLine(String text) {
            later(u -> u.writeVerboseLine(text));
        }

        @Override
        public void writeDebugLine(String text) {
            later(u -> u.writeDebugLine(text));
        }

        @Override
        public boolean canRead() {
            return true;
        }

        @Override
        public String readLine(String prompt, boolean mask) {
            return answered(u -> u.readLine(prompt, mask));
        }

        @Override
        public int promptForChoice(Object caption, Object message, Object choices, int defaultChoice) {
            return answered(u -> u.promptForChoice(caption, message, choices, defaultChoice));
        }

        @Override
        public Object promptForCredential(Object caption, Object message, Object userName, Object targetName) {
            return answered(u -> u.promptForCredential(caption, message, userName, targetName));
        }
    }
}
