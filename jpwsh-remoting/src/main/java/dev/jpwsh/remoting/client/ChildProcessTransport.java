package dev.jpwsh.remoting.client;

import dev.jpwsh.remoting.protocol.Connection;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The standard streams of a {@link ChildProcess} taken for one runspace (a Start-Job job's). Closing the connection
 * ends the process; the process's death is pwsh's IPCServerProcessExited, with its exit code and standard error.
 */
final class ChildProcessTransport implements Transport {
    private ChildProcess child;

    @Override
    public Connection connect(long deadline) {
        try {
            child = ChildProcess.take();
        } catch (IOException e) {
            throw ClientErrors.transport("IPCServerProcessExited", exited("Information about the process "
                    + "could not be read: '" + e.getMessage() + "'."));
        }
        Process process = child.process();
        return new Connection(process.getInputStream(), process.getOutputStream(), process::destroy);
    }

    @Override
    public RuntimeException lost() {
        Process process = child.process();
        String detail;
        try {
            process.waitFor(1, TimeUnit.SECONDS);
            detail = "\n      Exit code: " + process.exitValue() + "\n      Stdout: ''\n      Stderr: '"
                    + child.standardError() + "'\n    ";
        } catch (IllegalThreadStateException | InterruptedException e) {
            detail = "Information about the process could not be read: 'Process is still running.'.";
        }
        return ClientErrors.transport("IPCServerProcessExited", exited(detail));
    }

    @Override
    public RuntimeException timedOut() {
        return ClientErrors.transport("RemoteRunspaceOpenFailed", "Opening the remote session failed.");
    }

    private static String exited(String detail) {
        return "The background process closed or ended abnormally: " + detail + ".";
    }
}
