package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/** Out-Null: consumes its input and outputs nothing. */
@DotNetName("Microsoft.PowerShell.Commands.OutNullCommand")
public final class OutNullCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;
}
