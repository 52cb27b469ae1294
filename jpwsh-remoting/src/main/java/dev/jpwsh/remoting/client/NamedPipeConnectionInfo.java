package dev.jpwsh.remoting.client;

import dev.jpwsh.engine.runspaces.RemoteSession;
import dev.jpwsh.engine.runspaces.RunspaceConnectionInfo;
import dev.jpwsh.remoting.transport.PipeNames;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Path;

/**
 * {@code [System.Management.Automation.Runspaces.NamedPipeConnectionInfo]} (spec 9.1): the process pipe of a local
 * PowerShell process, by process id, or a custom pipe by name. Mutable like pwsh's; read when a runspace opens.
 */
@DotNetName("System.Management.Automation.Runspaces.NamedPipeConnectionInfo")
public final class NamedPipeConnectionInfo extends RunspaceConnectionInfo {
    private static final int DEFAULT_OPEN_TIMEOUT = 60_000;

    private int processId;
    private String appDomainName = "";
    private String customPipeName;
    private int openTimeout = DEFAULT_OPEN_TIMEOUT;
    private Object credential;

    /** No process yet; OpenTimeout 60000 ms. */
    public NamedPipeConnectionInfo() {
    }

    /** The process pipe of process {@code processId}. */
    public NamedPipeConnectionInfo(int processId) {
        this(processId, "", DEFAULT_OPEN_TIMEOUT);
    }

    /** The process pipe of process {@code processId}; the app domain is kept but means nothing on Unix. */
    public NamedPipeConnectionInfo(int processId, String appDomainName) {
        this(processId, appDomainName, DEFAULT_OPEN_TIMEOUT);
    }

    /** The process pipe of process {@code processId}, opened within {@code openTimeout} ms. */
    public NamedPipeConnectionInfo(int processId, String appDomainName, int openTimeout) {
        this.processId = processId;
        this.appDomainName = appDomainName == null ? "" : appDomainName;
        this.openTimeout = openTimeout;
    }

    /** The custom pipe {@code customPipeName}; null throws PSArgumentNullException. */
    public NamedPipeConnectionInfo(String customPipeName) {
        this(customPipeName, DEFAULT_OPEN_TIMEOUT);
    }

    /** The custom pipe {@code customPipeName}, opened within {@code openTimeout} ms. */
    public NamedPipeConnectionInfo(String customPipeName, int openTimeout) {
        if (customPipeName == null) {
            throw new PSRuntimeException("ArgumentNull", "InvalidArgument", "Value cannot be null. (Parameter "
                    + "'customPipeName')", null, "System.Management.Automation.PSArgumentNullException");
        }
        this.customPipeName = customPipeName;
        this.openTimeout = openTimeout;
    }

    public int getProcessId() {
        return processId;
    }

    public void setProcessId(int processId) {
        this.processId = processId;
    }

    public String getAppDomainName() {
        return appDomainName;
    }

    public void setAppDomainName(String appDomainName) {
        this.appDomainName = appDomainName == null ? "" : appDomainName;
    }

    public String getCustomPipeName() {
        return customPipeName;
    }

    public void setCustomPipeName(String customPipeName) {
        this.customPipeName = customPipeName;
    }

    @Override
    public int getOpenTimeout() {
        return openTimeout;
    }

    public void setOpenTimeout(int openTimeout) {
        this.openTimeout = openTimeout;
    }

    public Object getCredential() {
        return credential;
    }

    public void setCredential(Object credential) {
        this.credential = credential;
    }

    /** {@return always {@code localhost}} */
    @Override
    public String getComputerName() {
        return "localhost";
    }

    /** Always NotImplementedException: the pipe is on this computer. */
    public void setComputerName(String value) {
        throw new PSRuntimeException("NotImplemented", "NotImplemented", "The method or operation is not "
                + "implemented.", null, "System.NotImplementedException");
    }

    /** {@return always Default} */
    public String getAuthenticationMechanism() {
        return "Default";
    }

    /** Only Default is accepted (IPCSupportsOnlyDefaultAuth). */
    public void setAuthenticationMechanism(String value) {
        if (!"Default".equalsIgnoreCase(value)) {
            throw new PSRuntimeException("IPCSupportsOnlyDefaultAuth", "InvalidOperation", "The specified "
                    + "authentication mechanism \"" + value + "\" is not supported. Only \"Default\" is supported "
                    + "for this transport.", null, "System.InvalidOperationException");
        }
    }

    /** {@return always the empty string} */
    public String getCertificateThumbprint() {
        return "";
    }

    /** {@return the socket file this info names now, or null when the process does not exist} */
    Path socketFile() {
        if (customPipeName != null) {
            return PipeNames.socketFile(customPipeName);
        }
        return PipeNames.forProcess(processId).map(PipeNames::socketFile).orElse(null);
    }

    @Override
    protected RemoteSession newSession() {
        return new ClientSession(this, new NamedPipeTransport(this));
    }

    @Override
    public String toString() {
        return "System.Management.Automation.Runspaces.NamedPipeConnectionInfo";
    }
}
