package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.types.dotnet.DateTime;

/** Get-Date: the current date and time, or its text in a -Format. */
public final class GetDateCommand extends Cmdlet {
    @Parameter
    private String format;

    @Override
    protected void endProcessing() {
        DateTime now = DateTime.getNow();
        writeObject(format == null ? now : now.ToString(format));
    }
}
