package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import dev.jpwsh.runtime.object.PSObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every JVM that embeds the engine listens as pwsh does, not only the jpwsh console: a program that uses nothing but
 * JSR-223 ({@link EmbeddingProgram}) serves a remote runspace over its per-process socket once it has run a script.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbeddedListenerTest {
    @Test
    void aProgramEmbeddingTheEngineThroughJsr223ServesARemoteRunspace() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), EmbeddingProgram.class.getName())).redirectErrorStream(true);
        builder.environment().remove("POWERSHELL_DIAGNOSTICS_OPTOUT");
        Process program = builder.start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(program.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(output.readLine()).isEqualTo("ready");
            NamedPipeRemotingTest.awaitSocket(program.pid());
            try (Runspace runspace = RunspaceFactory.createRunspace(new NamedPipeConnectionInfo((int) program.pid()))) {
                runspace.open();
                List<Object> pid = PowerShell.create(runspace).addScript("$PID").invoke();
                assertThat(((Number) pid.getFirst()).longValue()).isEqualTo(program.pid());
                PSObject item = (PSObject) PowerShell.create(runspace)
                        .addScript("[pscustomobject]@{ Name = 'embedded'; Sum = 1 + 2 }").invoke().getFirst();
                assertThat(item.property("Name").value()).isEqualTo("embedded");
                assertThat(item.property("Sum").value()).isEqualTo(3);
            }
        } finally {
            program.destroyForcibly();
            program.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
