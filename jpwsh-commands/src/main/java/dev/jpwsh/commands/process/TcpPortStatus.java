package dev.jpwsh.commands.process;

import dev.jpwsh.runtime.object.DotNetName;

/** One TCP test of Test-Connection -TcpPort: which attempt, from where to where, how long, and whether it connected. */
@DotNetName("Microsoft.PowerShell.Commands.TestConnectionCommand+TcpPortStatus")
public record TcpPortStatus(int id, String source, String target, String targetAddress, int port, long latency,
        boolean connected, String status) {
    public int getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getTarget() {
        return target;
    }

    public String getTargetAddress() {
        return targetAddress;
    }

    public int getPort() {
        return port;
    }

    public long getLatency() {
        return latency;
    }

    public boolean getConnected() {
        return connected;
    }

    public String getStatus() {
        return status;
    }
}
