package dev.jpwsh.engine.runspaces;

/**
 * A host whose prompt can run commands in another runspace (pwsh's IHostSupportsInteractiveSession): Enter-PSSession
 * and Enter-PSHostProcess push a remote runspace, whose commands the host's prompt then runs until it is popped
 * ({@code exit}, Exit-PSSession, Exit-PSHostProcess). Implementations must accept calls from any thread.
 */
public interface InteractiveSessionHost {
    /**
     * Makes {@code runspace} the one the prompt runs commands in, closing it again when it is popped if
     * {@code closeOnPop}.
     *
     * @throws IllegalStateException when a runspace is already pushed
     */
    void pushRunspace(Runspace runspace, boolean closeOnPop);

    /** Goes back to the host's own runspace; nothing happens when none is pushed. */
    void popRunspace();

    /** {@return whether a runspace is pushed} */
    boolean getIsRunspacePushed();

    /** {@return the pushed runspace, or the host's own when none is} */
    Runspace getRunspace();
}
