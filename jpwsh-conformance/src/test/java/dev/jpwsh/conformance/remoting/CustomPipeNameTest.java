package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import dev.jpwsh.remoting.transport.PipeNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code jpwsh -CustomPipeName name}: the process listens on the named pipe as well as (unless opted out) on its
 * process pipe, as pwsh does for {@code Enter-PSHostProcess -CustomPipeName}; a runspace over
 * {@code NamedPipeConnectionInfo(name)} runs there, and the socket file goes when the process ends.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CustomPipeNameTest {
    @Test
    void aRunspaceOverTheCustomPipeRunsInThatProcess() throws Exception {
        String name = "jpwsh-test-" + ProcessHandle.current().pid();
        List<String> command = new java.util.ArrayList<>(NamedPipeRemotingTest.jpwsh("Start-Sleep 300").command());
        command.add(command.indexOf("-NoProfile"), "-CustomPipeName");
        command.add(command.indexOf("-CustomPipeName") + 1, name);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("POWERSHELL_DIAGNOSTICS_OPTOUT", "true");
        Process server = builder.start();
        Path socket = PipeNames.socketFile(name);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(socket) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            try (Runspace runspace = RunspaceFactory.createRunspace(new NamedPipeConnectionInfo(name))) {
                runspace.open();
                assertThat(PowerShell.create(runspace).addScript("$PID").invoke().getFirst())
                        .isEqualTo((int) server.pid());
            }
            assertThat(PipeNames.forProcess(server.pid()).map(PipeNames::socketFile).filter(Files::exists))
                    .as("opted out of the process pipe").isEmpty();
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(socket).doesNotExist();
    }
}
