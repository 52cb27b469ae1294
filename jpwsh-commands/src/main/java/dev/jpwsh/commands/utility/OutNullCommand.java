package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;

/** Out-Null: consumes its input and outputs nothing. */
public final class OutNullCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;
}
