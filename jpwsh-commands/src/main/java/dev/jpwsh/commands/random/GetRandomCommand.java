package dev.jpwsh.commands.random;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/** Get-Random: pseudo-random numbers or picks; -SetSeed reseeds this session's generator as .NET's Random(seed). */
@dev.jpwsh.engine.command.OutputType({"System.Int32", "System.Int64", "System.Double"})
@DotNetName("Microsoft.PowerShell.Commands.GetRandomCommand")
public final class GetRandomCommand extends RandomCommandBase {
    @Parameter
    private Integer setSeed;

    @Override
    protected void beginProcessing() {
        if (setSeed != null) {
            reseed(setSeed);
        }
    }
}
