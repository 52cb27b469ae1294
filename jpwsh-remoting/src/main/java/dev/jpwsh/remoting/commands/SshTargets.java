package dev.jpwsh.remoting.commands;

import dev.jpwsh.remoting.client.SshConnectionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SSH connections the -HostName parameter set names: each host as {@code [user@]host[:port]}, the user and port
 * in the name winning over -UserName and -Port, as pwsh's ParseSshHostName reads them. The -KeyFilePath is resolved
 * against the current location by the cmdlet first ({@link #resolvedKey}).
 */
record SshTargets(String userName, String keyFilePath, int port, String subsystem, int connectingTimeout,
        Map<?, ?> options) {
    /**
     * {@return the -KeyFilePath resolved against {@code frame}'s location, or null when none was given}
     *
     * @throws dev.jpwsh.engine.exec.PSException PathNotFound when there is no such file, as pwsh's remoting cmdlets
     *     resolve the key before connecting
     */
    static String resolvedKey(String keyFilePath, dev.jpwsh.engine.exec.Frame frame) {
        if (keyFilePath == null || keyFilePath.isEmpty()) {
            return keyFilePath;
        }
        java.nio.file.Path key = frame.context().location().resolveFileSystemPath(keyFilePath);
        if (!java.nio.file.Files.exists(key)) {
            throw RemotingCommandErrors.fileNotFound(key.toString());
        }
        return key.toString();
    }

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
