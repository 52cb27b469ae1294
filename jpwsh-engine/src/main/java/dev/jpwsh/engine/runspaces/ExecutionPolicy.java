package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * Microsoft.PowerShell.ExecutionPolicy. Linux has no execution policies: an InitialSessionState that sets one makes
 * the runspace fail to open, as pwsh's does there.
 */
@DotNetName("Microsoft.PowerShell.ExecutionPolicy")
public enum ExecutionPolicy {
    /** On Windows: every script runs, with a warning before one downloaded from the internet. */
    Unrestricted,
    /** On Windows: scripts downloaded from the internet must be signed by a trusted publisher. */
    RemoteSigned,
    /** On Windows: every script must be signed by a trusted publisher. */
    AllSigned,
    /** On Windows: no script file runs, only commands; .NET's Default. */
    Restricted,
    /** Nothing is blocked and nothing warns. */
    Bypass,
    /** No policy in a scope, so the next scope's applies. */
    Undefined;

    /** {@code [Microsoft.PowerShell.ExecutionPolicy]::Default}, which .NET defines as Restricted. */
    public static final ExecutionPolicy Default = Restricted;
}
