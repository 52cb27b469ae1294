package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.runtime.object.DotNetName;

/** Add-Content: appends the values, one per line, to the content of each item (made if missing). */
@DotNetName("Microsoft.PowerShell.Commands.AddContentCommand")
@SupportsShouldProcess
public final class AddContentCommand extends ContentWriting {
    @Override
    boolean appends() {
        return true;
    }
}
