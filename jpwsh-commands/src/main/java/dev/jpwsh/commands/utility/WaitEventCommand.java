package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.event.PSEventArgs;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Wait-Event: outputs the first queued event (with the source identifier, when given), waiting for one up to
 * {@code -Timeout} seconds (-1: for ever) and running pending actions meanwhile. The event stays queued; a
 * timeout outputs nothing. A stop (Ctrl+C) ends the wait.
 */
@DotNetName("Microsoft.PowerShell.Commands.WaitEventCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSEventArgs"})
public final class WaitEventCommand extends EventCommand {
    @Parameter(position = 0)
    private String sourceIdentifier;

    @Parameter(aliases = {"TimeoutSec"})
    private int timeout = -1;

    @Override
    protected void endProcessing() {
        try {
            PSEventArgs event = events().waitForEvent(e -> matches(sourceIdentifier, e.getSourceIdentifier()),
                    timeout < 0 ? -1 : timeout * 1000L);
            if (event != null) {
                writeObject(event);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
