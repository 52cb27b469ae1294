package dev.jpwsh.remoting.commands;

import dev.jpwsh.remoting.client.SshConnectionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SSH connections the -HostName parameter set names: each host as {@code [user@]host[:port]}, the user and port
 * in the name winning over -UserName and -Port, as pwsh's ParseSshHostName reads them.
 */
record SshTargets(String userName, String keyFilePath, int port, String subsystem, int connectingTimeout,
        Map<?, ?> options) {
    List<SshConnectionInfo> connections(String[] hostNames) {
        List<SshConnectionInfo> connections = new ArrayList<>();
        for (String hostName : hostNames) {
            String host = hostName;
            String user = userName;
            int hostPort = port;
            int at = host.lastIndexOf('@');
            if (at > 0) {
                user = host.substring(0, at);
                host = host.substring(at + 1);
            }
            int colon = host.lastIndexOf(':');
            if (colon > 0 && host.indexOf(':') == colon && host.substring(colon + 1).matches("\\d{1,5}")) {
                hostPort = Integer.parseInt(host.substring(colon + 1));
                host = host.substring(0, colon);
            }
            connections.add(new SshConnectionInfo(user, host, keyFilePath, hostPort, subsystem, connectingTimeout,
                    options));
        }
        return connections;
    }
}
