package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.types.DotNetName;

/**
 * Microsoft.PowerShell.ExecutionPolicy. Linux has no execution policies: an InitialSessionState that sets one makes
 * the runspace fail to open, as pwsh's does there.
 */
@DotNetName("Microsoft.PowerShell.ExecutionPolicy")
public enum ExecutionPolicy {
    Unrestricted, RemoteSigned, AllSigned, Restricted, Bypass, Undefined;

    /** {@code [Microsoft.PowerShell.ExecutionPolicy]::Default}, which .NET defines as Restricted. */
    public static final ExecutionPolicy Default = Restricted;
}
