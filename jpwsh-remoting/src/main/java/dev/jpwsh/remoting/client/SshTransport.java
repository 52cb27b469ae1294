package dev.jpwsh.remoting.client;

import dev.jpwsh.dotnet.io.IOExceptions;
import dev.jpwsh.remoting.protocol.Connection;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The system's {@code ssh} client as a transport, as pwsh's SSH client transport runs it:
 * {@code ssh [-i key] [-l user] [-p port] [-o key=value]... -s host subsystem}, with the packets on its standard
 * input and output. What ssh says on standard error (prompts refused, host key problems, why it could not connect)
 * goes to this process's standard error, as pwsh shows it on the console. The end of ssh's output breaks the session;
 * closing the connection ends the ssh process.
 */
final class SshTransport implements Transport {
    private final SshConnectionInfo info;

    SshTransport(SshConnectionInfo info) {
        this.info = info;
    }

    @Override
    public Connection connect(long deadlineNanos) {
        Process ssh;
        try {
            ssh = new ProcessBuilder(ignoringInterrupts(command())).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            throw ClientErrors.transport("PSSessionOpenFailed", "Failed to start the SSH client process needed for "
                    + "the remoting connection with error: " + e.getMessage() + ".");
        }
        return new Connection(ssh.getInputStream(), ssh.getOutputStream(), () -> {
            ssh.destroyForcibly();
            ssh.waitFor();
        });
    }

    /**
     * {@code command} run through {@code sh} with SIGINT ignored, which {@code exec} keeps and ssh then leaves alone:
     * Ctrl+C at the console reaches every process of the terminal's foreground group, and would otherwise end ssh
     * and break the session instead of stopping the remote command, which pwsh's ssh, started the same way, survives.
     */
    static List<String> ignoringInterrupts(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("/bin/sh", "-c", "trap '' INT; exec \"$@\"", "ssh"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** {@return the ssh command line for this connection} */
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(sshPath());
        String key = info.getKeyFilePath();
        if (key != null && !key.isEmpty()) {
            if (!Files.isRegularFile(Path.of(key))) {
                String message = "The specified key file " + key + " was not found.";
                throw ClientErrors.transport("PSSessionOpenFailed", message,
                        new IOExceptions.FileNotFoundException(message, null));
            }
            command.add("-i");
            command.add(key);
        }
        String user = info.getUserName();
        if (user != null && !user.isEmpty()) {
            String[] parts = user.split("\\\\");
            command.add("-l");
            command.add(parts.length == 2 ? parts[1] + "@" + parts[0] : user);
        }
        if (info.getPort() != 0) {
            command.add("-p");
            command.add(Integer.toString(info.getPort()));
        }
        for (Map.Entry<Object, Object> option : info.options().entrySet()) {
            command.add("-o");
            command.add(option.getKey() + "=" + option.getValue());
        }
        command.add("-s");
        command.add(stripBrackets(info.getComputerName()));
        command.add(info.getSubsystem());
        return command;
    }

    /** ssh takes an IPv6 address without the brackets a URI puts around it. */
    private static String stripBrackets(String host) {
        String h = host.startsWith("[") ? host.substring(1) : host;
        return h.endsWith("]") ? h.substring(0, h.length() - 1) : h;
    }

    /** The {@code ssh} found on the PATH, by its absolute name; pwsh's CommandNotFoundException when there is none. */
    private static String sshPath() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = dir.isEmpty() ? null : Path.of(dir, "ssh");
                if (candidate != null && candidate.isAbsolute() && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new dev.jpwsh.runtime.error.PSRuntimeException("CommandNotFoundException", "ObjectNotFound",
                "The term 'ssh' is not recognized as a name of a cmdlet, function, script file, or executable "
                        + "program.\nCheck the spelling of the name, or if a path was included, verify that the "
                        + "path is correct and try again.", null,
                "System.Management.Automation.CommandNotFoundException");
    }

    @Override
    public RuntimeException lost() {
        return ClientErrors.transport("PSSessionStateBroken", "The SSH client session has ended with error "
                + "message: The SSH transport process has abruptly terminated causing this remote session to break.");
    }

    @Override
    public RuntimeException timedOut() {
        return ClientErrors.transport("PSSessionOpenFailed", "SSH connection attempt failed after time out: "
                + info.getConnectingTimeout() / 1000 + " seconds.");
    }
}
