package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.remoting.client.SshConnectionInfo;
import dev.jpwsh.engine.types.Conversions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The -SSHConnection hashtables of New-PSSession and Invoke-Command, one connection each: ComputerName (or HostName,
 * as {@code [user@]host[:port]}), UserName, KeyFilePath (or IdentityFilePath), Port, Subsystem, ConnectingTimeout
 * and Options. A table pwsh would refuse is an ArgumentException with pwsh's message; the key file is resolved once
 * the table is known to be whole.
 */
final class SshConnectionTable {
    private SshConnectionTable() {
    }

    static List<SshConnectionInfo> connections(Map<?, ?>[] tables, Frame frame) {
        List<SshConnectionInfo> connections = new ArrayList<>();
        for (Map<?, ?> table : tables) {
            connections.add(connection(table, frame));
        }
        return connections;
    }

    private static SshConnectionInfo connection(Map<?, ?> table, Frame frame) {
        if (has(table, "computername") && has(table, "hostname")) {
            throw argument("The provided SSHConnection hashtable contains both a ComputerName and HostName "
                    + "parameter.  Only one can be specified.");
        }
        if (has(table, "keyfilepath") && has(table, "identityfilepath")) {
            throw argument("The provided SSHConnection hashtable contains both a KeyFilePath and IdentityFilePath "
                    + "parameter.  Only one can be specified.");
        }
        String host = null;
        String user = null;
        String key = null;
        int port = 0;
        String subsystem = null;
        int timeout = -1;
        Map<?, ?> options = null;
        for (Map.Entry<?, ?> entry : table.entrySet()) {
            String name = entry.getKey() instanceof String s ? s : null;
            if (name == null || name.isEmpty()) {
                throw argument("The provided SSHConnection hashtable parameter name or element is null or empty.");
            }
            Object value = entry.getValue();
            switch (name.toLowerCase(Locale.ROOT)) {
                case "computername", "hostname" -> host = text(value);
                case "username" -> user = text(value);
                case "keyfilepath", "identityfilepath" -> key = text(value);
                case "port" -> port = number(value);
                case "subsystem" -> subsystem = text(value);
                case "connectingtimeout" -> timeout = number(value);
                case "options" -> options = value instanceof Map<?, ?> m ? m : null;
                default -> throw argument("The provided SSHConnection hashtable parameter " + name
                        + " is not supported.");
            }
        }
        if (host == null || host.isEmpty()) {
            throw argument("The provided SSHConnection hashtable is missing the required ComputerName or HostName "
                    + "parameter.");
        }
        return new SshTargets(user, SshTargets.resolvedKey(key, frame), port, subsystem, timeout, options)
                .connections(new String[] {host}).getFirst();
    }

    private static boolean has(Map<?, ?> table, String name) {
        return table.keySet().stream().anyMatch(k -> k instanceof String s && s.equalsIgnoreCase(name));
    }

    private static String text(Object value) {
        String text = value == null ? null : (String) Conversions.convert(value, String.class);
        if (text == null || text.isEmpty()) {
            throw argument("The provided SSHConnection hashtable parameter name or element is null or empty.");
        }
        return text;
    }

    private static int number(Object value) {
        if (value == null) {
            throw argument("The provided SSHConnection hashtable parameter name or element is null or empty.");
        }
        return ((Number) Conversions.convert(value, Integer.class)).intValue();
    }

    private static PSException argument(String message) {
        return RuntimeFailures.create("Argument", "InvalidArgument", message, null,
                "System.Management.Automation.PSArgumentException");
    }
}
