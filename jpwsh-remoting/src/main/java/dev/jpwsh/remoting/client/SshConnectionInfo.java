package dev.jpwsh.remoting.client;

import dev.jpwsh.engine.runspaces.RemoteSession;
import dev.jpwsh.engine.runspaces.RunspaceConnectionInfo;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code [System.Management.Automation.Runspaces.SSHConnectionInfo]}: a PowerShell reached through the system's
 * {@code ssh} client, which starts the server's {@code powershell} subsystem (or another one) and carries the
 * out-of-process packets over its standard streams. Port 0 leaves the port to ssh's configuration;
 * ConnectingTimeout -1 (the default) waits as long as ssh does.
 */
@DotNetName("System.Management.Automation.Runspaces.SSHConnectionInfo")
public final class SshConnectionInfo extends RunspaceConnectionInfo {
    private static final String DEFAULT_SUBSYSTEM = "powershell";

    private final String userName;
    private String computerName;
    private String keyFilePath;
    private int port;
    private String subsystem = DEFAULT_SUBSYSTEM;
    private int connectingTimeout = -1;
    private Map<Object, Object> options = Map.of();

    /** {@code userName} may be null (ssh's own default); {@code computerName} may not. */
    public SshConnectionInfo(String userName, String computerName, String keyFilePath) {
        if (computerName == null) {
            throw new PSRuntimeException("ArgumentNull", "InvalidArgument", "Value cannot be null. (Parameter "
                    + "'computerName')", null, "System.Management.Automation.PSArgumentNullException");
        }
        this.userName = userName;
        this.computerName = computerName;
        this.keyFilePath = keyFilePath;
    }

    public SshConnectionInfo(String userName, String computerName, String keyFilePath, int port) {
        this(userName, computerName, keyFilePath);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The port number " + port + " is not within the range of valid "
                    + "values. The range of valid values is between 1 and 65535.");
        }
        this.port = port;
    }

    public SshConnectionInfo(String userName, String computerName, String keyFilePath, int port, String subsystem) {
        this(userName, computerName, keyFilePath, port);
        setSubsystem(subsystem);
    }

    public SshConnectionInfo(String userName, String computerName, String keyFilePath, int port, String subsystem,
            int connectingTimeout) {
        this(userName, computerName, keyFilePath, port, subsystem);
        this.connectingTimeout = connectingTimeout;
    }

    public SshConnectionInfo(String userName, String computerName, String keyFilePath, int port, String subsystem,
            int connectingTimeout, Map<?, ?> options) {
        this(userName, computerName, keyFilePath, port, subsystem, connectingTimeout);
        this.options = options == null ? Map.of() : new LinkedHashMap<>(options);
    }

    public String getUserName() {
        return userName;
    }

    @Override
    public String getComputerName() {
        return computerName;
    }

    public void setComputerName(String computerName) {
        this.computerName = computerName;
    }

    public String getKeyFilePath() {
        return keyFilePath;
    }

    public void setKeyFilePath(String keyFilePath) {
        this.keyFilePath = keyFilePath;
    }

    public int getPort() {
        return port;
    }

    /** Unchecked, as pwsh's Port property (its constructors check, with ValidatePortInRange's ArgumentException). */
    public void setPort(int port) {
        this.port = port;
    }

    public String getSubsystem() {
        return subsystem;
    }

    /** Null or empty means {@code powershell}. */
    public void setSubsystem(String subsystem) {
        this.subsystem = subsystem == null || subsystem.isEmpty() ? DEFAULT_SUBSYSTEM : subsystem;
    }

    public int getConnectingTimeout() {
        return connectingTimeout;
    }

    public void setConnectingTimeout(int connectingTimeout) {
        this.connectingTimeout = connectingTimeout;
    }

    /** {@return the ssh options ({@code -o key=value}), in the order given} */
    Map<Object, Object> options() {
        return options;
    }

    /** {@return the ConnectingTimeout, or the longest wait there is when it is negative (no limit)} */
    @Override
    public int getOpenTimeout() {
        return connectingTimeout < 0 ? Integer.MAX_VALUE : connectingTimeout;
    }

    /** {@return always Default} */
    public String getAuthenticationMechanism() {
        return "Default";
    }

    /** {@return always null: ssh authenticates with keys or its own prompts} */
    public Object getCredential() {
        return null;
    }

    /** {@return always the empty string} */
    public String getCertificateThumbprint() {
        return "";
    }

    @Override
    protected RemoteSession newSession() {
        return new ClientSession(this, new SshTransport(this));
    }

    @Override
    public String toString() {
        return "System.Management.Automation.Runspaces.SSHConnectionInfo";
    }
}
