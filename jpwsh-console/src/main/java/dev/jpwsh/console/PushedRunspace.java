package dev.jpwsh.console;

import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PowerShellAsyncResult;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceState;
import dev.jpwsh.format.OutDefault;
import dev.jpwsh.remoting.client.SshConnectionInfo;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The prompt's side of a runspace Enter-PSSession or Enter-PSHostProcess pushed: a typed command runs there, its
 * output is formatted there (in this window's width) and its lines come back as they are written, its errors and messages are shown by the console; the
 * prompt is the remote {@code prompt} function's, after {@code [computer]: } over SSH (pwsh's remote prompt; a named
 * pipe's session sets its own {@code [Process:id]: } prompt). {@code exit}, Exit-PSSession and Exit-PSHostProcess
 * typed there pop the runspace, as pwsh's console treats them. Stateless.
 */
final class PushedRunspace {
    private static final Set<String> EXITS = Set.of("exit", "exit-pssession", "exsn", "exit-pshostprocess");
    private static final String FALLBACK_PROMPT = "PS>";
    private static final String STOPPED = "PipelineStopped";

    private PushedRunspace() {
    }

    /** {@return whether {@code line} leaves the pushed runspace} */
    static boolean isExit(String line) {
        return EXITS.contains(line.strip().toLowerCase(Locale.ROOT));
    }

    /** {@return whether the runspace can still run commands}: a broken or closed one is popped. */
    static boolean usable(Runspace remote) {
        return remote.getRunspaceStateInfo().getState() == RunspaceState.Opened;
    }

    /**
     * Runs {@code line} in {@code remote}, its output written to {@code out} as it arrives; {@code stopWith} is given
     * the stop of the remote command for Ctrl+C while it runs.
     */
    static void run(Runspace remote, String line, ConsoleHost host, OutDefault out, Consumer<Runnable> stopWith) {
        try (PowerShell shell = PowerShell.create()) {
            shell.setRunspace(remote);
            shell.addScript(line);
            // formatted there, in this window's width, as pwsh formats a pushed runspace's output where it runs
            shell.addCommand("Out-String").addParameter("Stream", true);
            if (host.windowWidth() > 1) {
                shell.addParameter("Width", host.windowWidth() - 1);
            }
            shell.getStreams().getError().addDataAddedListener(error -> showError(host, error));
            shell.getStreams().getWarning().addDataAddedListener(w -> host.writeWarningLine(message(w)));
            shell.getStreams().getVerbose().addDataAddedListener(v -> host.writeVerboseLine(message(v)));
            shell.getStreams().getDebug().addDataAddedListener(d -> host.writeDebugLine(message(d)));
            PSDataCollection<Object> output = new PSDataCollection<>();
            stopWith.accept(shell::stop);
            try {
                PowerShellAsyncResult result = shell.beginInvoke(null, output);
                for (Iterator<Object> items = output.blockingIterator(); items.hasNext();) {
                    out.write(items.next());
                }
                shell.endInvoke(result);
            } catch (PSException failure) {
                showError(host, failure.record());
            } catch (PSRuntimeException failure) {
                if (!STOPPED.equals(failure.errorId())) {
                    showError(host, new ErrorRecord(failure, failure.errorId(), failure.category(), null, null));
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } finally {
                stopWith.accept(null);
            }
        }
    }

    /** The remote prompt function's text, after {@code [computer]: } over SSH (with the user when not ours). */
    static String prompt(Runspace remote) {
        String text;
        try (PowerShell shell = PowerShell.create()) {
            shell.setRunspace(remote);
            shell.addCommand("prompt");
            var output = shell.invoke();
            text = output.isEmpty() || output.get(0) == null ? "" : LanguagePrimitives.toString(output.get(0));
        } catch (RuntimeException unanswered) {
            text = "";
        }
        if (text.isEmpty()) {
            text = FALLBACK_PROMPT;
        }
        if (!(remote.getConnectionInfo() instanceof SshConnectionInfo ssh)) {
            return text;
        }
        String user = ssh.getUserName();
        boolean otherUser = user != null && !user.isEmpty() && !user.equals(System.getProperty("user.name"));
        return "[" + (otherUser ? user + "@" : "") + ssh.getComputerName() + "]: " + text;
    }

    private static void showError(ConsoleHost host, Object error) {
        if (error instanceof ErrorRecord record) {
            host.writeError(record);
        } else {
            host.writeErrorLine(LanguagePrimitives.toString(error));
        }
    }

    private static String message(Object record) {
        return record instanceof InformationalRecord info ? info.getMessage() : LanguagePrimitives.toString(record);
    }
}
