package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.runtime.object.DotNetName;

/** Set-Content: replaces the content of each item (made if missing) with the values, one per line. */
@DotNetName("Microsoft.PowerShell.Commands.SetContentCommand")
@SupportsShouldProcess
public final class SetContentCommand extends ContentWriting {
    @Override
    boolean appends() {
        return false;
    }
}
