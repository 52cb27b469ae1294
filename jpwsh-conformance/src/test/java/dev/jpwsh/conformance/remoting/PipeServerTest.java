package dev.jpwsh.conformance.remoting;

import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test class whose tests each get a second jpwsh, idle, whose process pipe accepts connections. */
abstract class PipeServerTest {
    /** The server of the running test. */
    protected Process server;

    /** {@return a second jpwsh, idle for five minutes, whose process pipe accepts connections} */
    static Process listeningServer() throws Exception {
        ProcessBuilder builder = NamedPipeRemotingTest.jpwsh("Start-Sleep 300")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("POWERSHELL_DIAGNOSTICS_OPTOUT");
        Process started = builder.start();
        NamedPipeRemotingTest.awaitSocket(started.pid());
        return started;
    }

    /** {@return a runspace opened on the server's process pipe} */
    protected Runspace openRemote() {
        Runspace runspace = RunspaceFactory.createRunspace(new NamedPipeConnectionInfo((int) server.pid()));
        runspace.open();
        return runspace;
    }

    @BeforeEach
    void startServer() throws Exception {
        server = listeningServer();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);
    }
}
