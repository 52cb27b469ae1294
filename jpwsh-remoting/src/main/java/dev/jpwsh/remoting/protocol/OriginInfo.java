package dev.jpwsh.remoting.protocol;

import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;

/**
 * Where a record of a remote command came from, as pwsh's remoting jobs note it on their errors
 * ({@code $err.OriginInfo}): the computer, the remote runspace, and the job. Its text is the computer's name.
 */
@DotNetName("System.Management.Automation.Remoting.OriginInfo")
@DotNetProperties({"PSComputerName", "RunspaceID", "InstanceID"})
public final class OriginInfo {
    private final String computerName;
    private final Guid runspaceId;
    private final Guid instanceId;

    /**
     * @param computerName the computer the command ran on
     * @param runspaceId the remote runspace's id
     * @param instanceId the job's id, or the empty Guid
     */
    public OriginInfo(String computerName, Guid runspaceId, Guid instanceId) {
        this.computerName = computerName;
        this.runspaceId = runspaceId;
        this.instanceId = instanceId;
    }

    public String getPSComputerName() {
        return computerName;
    }

    public Guid getRunspaceID() {
        return runspaceId;
    }

    public Guid getInstanceID() {
        return instanceId;
    }

    @Override
    public String toString() {
        return computerName;
    }
}
