package dev.jpwsh.remoting.commands;

import dev.jpwsh.dotnet.globalization.CultureInfo;
import dev.jpwsh.dotnet.security.PSCredential;
import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;
import java.util.Map;

/**
 * {@code [System.Management.Automation.Remoting.PSSessionOption]}, New-PSSessionOption's output: the advanced options
 * of a WSMan session, with pwsh's defaults. jpwsh speaks no WSMan, so nothing reads them; scripts build them and pass
 * them on as pwsh's do. Not thread-safe (a script's own object).
 */
@DotNetName("System.Management.Automation.Remoting.PSSessionOption")
@DotNetProperties({"MaximumConnectionRedirectionCount", "NoCompression", "NoMachineProfile", "ProxyAccessType",
        "ProxyAuthentication", "ProxyCredential", "SkipCACheck", "SkipCNCheck", "SkipRevocationCheck",
        "OperationTimeout", "NoEncryption", "UseUTF16", "IncludePortInSPN", "OutputBufferingMode",
        "MaxConnectionRetryCount", "Culture", "UICulture", "MaximumReceivedDataSizePerCommand",
        "MaximumReceivedObjectSize", "ApplicationArguments", "OpenTimeout", "CancelTimeout", "IdleTimeout"})
public final class PSSessionOption {
    /** {@code [System.Management.Automation.Runspaces.ProxyAccessType]}. */
    @DotNetName("System.Management.Automation.Runspaces.ProxyAccessType")
    public enum ProxyAccessType {
        None, IEConfig, WinHttpConfig, AutoDetect, NoProxyServer
    }

    /** {@code [System.Management.Automation.Runspaces.AuthenticationMechanism]}. */
    @DotNetName("System.Management.Automation.Runspaces.AuthenticationMechanism")
    public enum AuthenticationMechanism {
        Default, Basic, Negotiate, NegotiateWithImplicitCredential, Credssp, Digest, Kerberos
    }

    /** {@code [System.Management.Automation.Runspaces.OutputBufferingMode]}. */
    @DotNetName("System.Management.Automation.Runspaces.OutputBufferingMode")
    public enum OutputBufferingMode {
        None, Drop, Block
    }

    private static final long MILLISECOND_TICKS = 10_000;
    private static final int DEFAULT_REDIRECTIONS = 5;
    private static final int DEFAULT_RETRIES = 5;
    private static final int DEFAULT_OBJECT_SIZE = 200 << 20;
    private static final long DEFAULT_OPEN_AND_OPERATION_MS = 3 * 60 * 1000;
    private static final long DEFAULT_CANCEL_MS = 60 * 1000;

    private int maximumConnectionRedirectionCount = DEFAULT_REDIRECTIONS;
    private boolean noCompression;
    private boolean noMachineProfile;
    private ProxyAccessType proxyAccessType = ProxyAccessType.None;
    private AuthenticationMechanism proxyAuthentication = AuthenticationMechanism.Negotiate;
    private PSCredential proxyCredential;
    private boolean skipCACheck;
    private boolean skipCNCheck;
    private boolean skipRevocationCheck;
    private TimeSpan operationTimeout = milliseconds(DEFAULT_OPEN_AND_OPERATION_MS);
    private boolean noEncryption;
    private boolean useUTF16;
    private boolean includePortInSPN;
    private OutputBufferingMode outputBufferingMode = OutputBufferingMode.None;
    private int maxConnectionRetryCount = DEFAULT_RETRIES;
    private CultureInfo culture;
    private CultureInfo uiCulture;
    private Integer maximumReceivedDataSizePerCommand;
    private Integer maximumReceivedObjectSize = DEFAULT_OBJECT_SIZE;
    private Map<?, ?> applicationArguments;
    private TimeSpan openTimeout = milliseconds(DEFAULT_OPEN_AND_OPERATION_MS);
    private TimeSpan cancelTimeout = milliseconds(DEFAULT_CANCEL_MS);
    /** -1 ms: the server's own idle timeout. */
    private TimeSpan idleTimeout = milliseconds(-1);

    /** {@code [System.Management.Automation.Remoting.PSSessionOption]::new()}: pwsh's defaults. */
    public PSSessionOption() {
    }

    private static TimeSpan milliseconds(long ms) {
        return new TimeSpan(ms * MILLISECOND_TICKS);
    }

    public int getMaximumConnectionRedirectionCount() {
        return maximumConnectionRedirectionCount;
    }

    public void setMaximumConnectionRedirectionCount(int value) {
        maximumConnectionRedirectionCount = value;
    }

    public boolean getNoCompression() {
        return noCompression;
    }

    public void setNoCompression(boolean value) {
        noCompression = value;
    }

    public boolean getNoMachineProfile() {
        return noMachineProfile;
    }

    public void setNoMachineProfile(boolean value) {
        noMachineProfile = value;
    }

    public ProxyAccessType getProxyAccessType() {
        return proxyAccessType;
    }

    public void setProxyAccessType(ProxyAccessType value) {
        proxyAccessType = value;
    }

    public AuthenticationMechanism getProxyAuthentication() {
        return proxyAuthentication;
    }

    public void setProxyAuthentication(AuthenticationMechanism value) {
        proxyAuthentication = value;
    }

    public PSCredential getProxyCredential() {
        return proxyCredential;
    }

    public void setProxyCredential(PSCredential value) {
        proxyCredential = value;
    }

    public boolean getSkipCACheck() {
        return skipCACheck;
    }

    public void setSkipCACheck(boolean value) {
        skipCACheck = value;
    }

    public boolean getSkipCNCheck() {
        return skipCNCheck;
    }

    public void setSkipCNCheck(boolean value) {
        skipCNCheck = value;
    }

    public boolean getSkipRevocationCheck() {
        return skipRevocationCheck;
    }

    public void setSkipRevocationCheck(boolean value) {
        skipRevocationCheck = value;
    }

    public TimeSpan getOperationTimeout() {
        return operationTimeout;
    }

    public void setOperationTimeout(TimeSpan value) {
        operationTimeout = value;
    }

    public boolean getNoEncryption() {
        return noEncryption;
    }

    public void setNoEncryption(boolean value) {
        noEncryption = value;
    }

    public boolean getUseUTF16() {
        return useUTF16;
    }

    public void setUseUTF16(boolean value) {
        useUTF16 = value;
    }

    public boolean getIncludePortInSPN() {
        return includePortInSPN;
    }

    public void setIncludePortInSPN(boolean value) {
        includePortInSPN = value;
    }

    public OutputBufferingMode getOutputBufferingMode() {
        return outputBufferingMode;
    }

    public void setOutputBufferingMode(OutputBufferingMode value) {
        outputBufferingMode = value;
    }

    public int getMaxConnectionRetryCount() {
        return maxConnectionRetryCount;
    }

    public void setMaxConnectionRetryCount(int value) {
        maxConnectionRetryCount = value;
    }

    public CultureInfo getCulture() {
        return culture;
    }

    public void setCulture(CultureInfo value) {
        culture = value;
    }

    public CultureInfo getUICulture() {
        return uiCulture;
    }

    public void setUICulture(CultureInfo value) {
        uiCulture = value;
    }

    public Integer getMaximumReceivedDataSizePerCommand() {
        return maximumReceivedDataSizePerCommand;
    }

    public void setMaximumReceivedDataSizePerCommand(Integer value) {
        maximumReceivedDataSizePerCommand = value;
    }

    public Integer getMaximumReceivedObjectSize() {
        return maximumReceivedObjectSize;
    }

    public void setMaximumReceivedObjectSize(Integer value) {
        maximumReceivedObjectSize = value;
    }

    public Map<?, ?> getApplicationArguments() {
        return applicationArguments;
    }

    public void setApplicationArguments(Map<?, ?> value) {
        applicationArguments = value;
    }

    public TimeSpan getOpenTimeout() {
        return openTimeout;
    }

    public void setOpenTimeout(TimeSpan value) {
        openTimeout = value;
    }

    public TimeSpan getCancelTimeout() {
        return cancelTimeout;
    }

    public void setCancelTimeout(TimeSpan value) {
        cancelTimeout = value;
    }

    public TimeSpan getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(TimeSpan value) {
        idleTimeout = value;
    }

    @Override
    public String toString() {
        return "System.Management.Automation.Remoting.PSSessionOption";
    }
}
