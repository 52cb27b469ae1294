package dev.jpwsh.commands.process;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;

/**
 * Test-Connection's TCP form: {@code -TcpPort} tries a TCP connection to each target -Count times (4 by default, a
 * second apart), waiting at most -TimeoutSeconds for each, and writes a TcpPortStatus per attempt, or with -Quiet
 * one Boolean per target: whether any attempt connected. The ICMP forms (ping, traceroute, MTU) need raw sockets the
 * JVM does not offer, and say so. A name that does not resolve is a TestConnectionException error.
 */
@DotNetName("Microsoft.PowerShell.Commands.TestConnectionCommand")
@dev.jpwsh.engine.command.OutputType({
        "Microsoft.PowerShell.Commands.TestConnectionCommand+PingStatus",
        "Microsoft.PowerShell.Commands.TestConnectionCommand+PingStatus",
        "System.Boolean",
        "Microsoft.PowerShell.Commands.TestConnectionCommand+PingMtuStatus",
        "System.Int32",
        "Microsoft.PowerShell.Commands.TestConnectionCommand+TraceStatus",
        "Microsoft.PowerShell.Commands.TestConnectionCommand+TcpPortStatus"})
public final class TestConnectionCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            aliases = {"ComputerName"})
    private String[] targetName;

    @Parameter
    @ValidateRange(min = 0, max = 65535)
    private Integer tcpPort;

    @Parameter(aliases = {"Ping"})
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private Integer count;

    @Parameter
    @ValidateRange(min = 1, max = 60)
    private Integer delay;

    @Parameter
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private Integer timeoutSeconds;

    @Parameter
    private boolean quiet;

    @Override
    protected void processRecord() {
        if (tcpPort == null) {
            throw terminatingError(ProcessErrors.record("NotSupported", "NotImplemented", "jpwsh tests connections "
                    + "over TCP only: use -TcpPort. ICMP echo, traceroute and MTU discovery need raw sockets.", null,
                    "System.PlatformNotSupportedException"));
        }
        for (String target : targetName) {
            testTcp(target);
        }
    }

    private void testTcp(String target) {
        InetAddress address;
        try {
            address = InetAddress.getByName(target);
        } catch (UnknownHostException e) {
            writeError(ProcessErrors.record("TestConnectionException", "ResourceUnavailable", "Testing connection to "
                    + "computer '" + target + "' failed: Cannot resolve the target name.", target,
                    "Microsoft.PowerShell.Commands.TestConnectionException"));
            if (quiet) {
                writeObject(false);
            }
            return;
        }
        int attempts = count == null ? 4 : count;
        boolean any = false;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause();
            }
            long start = System.nanoTime();
            boolean connected = connects(address);
            long latency = (System.nanoTime() - start) / 1_000_000;
            any |= connected;
            if (!quiet) {
                writeObject(new TcpPortStatus(attempt, localName(), target, address.getHostAddress(), tcpPort,
                        latency, connected, connected ? "Success" : "Failed"));
            }
        }
        if (quiet) {
            writeObject(any);
        }
    }

    private boolean connects(InetAddress address) {
        int timeout = (timeoutSeconds == null ? 5 : timeoutSeconds) * 1000;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, tcpPort), timeout);
            return true;
        } catch (IOException refusedOrTimedOut) {
            return false;
        }
    }

    private void pause() {
        try {
            Thread.sleep((delay == null ? 1 : delay) * 1000L);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw dev.jpwsh.engine.exec.RuntimeFailures.pipelineStopped();
        }
    }

    private static String localName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "localhost";
        }
    }
}
