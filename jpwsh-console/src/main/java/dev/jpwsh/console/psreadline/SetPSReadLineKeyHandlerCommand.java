package dev.jpwsh.console.psreadline;

import dev.jpwsh.console.line.KeyHandlers;
import dev.jpwsh.console.line.ReadLineOptions;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Set-PSReadLineKeyHandler: binds each chord of -Chord to a PSReadLine function (-Function) or to a script block
 * (-ScriptBlock, run with the key and no argument, as PSReadLine runs it). The line editor binds it before the next
 * line it reads. A chord or function it does not know is an error.
 */
@DefaultParameterSet("ScriptBlock")
@DotNetName("Microsoft.PowerShell.SetPSReadLineKeyHandlerCommand")
public final class SetPSReadLineKeyHandlerCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, aliases = {"Key"})
    private String[] chord;

    @Parameter(parameterSetName = "ScriptBlock", position = 1, mandatory = true)
    private ScriptBlock scriptBlock;

    @Parameter(parameterSetName = "Function", position = 1, mandatory = true)
    private String function;

    @Parameter(parameterSetName = "ScriptBlock")
    private String briefDescription;

    @Parameter(parameterSetName = "ScriptBlock", aliases = {"LongDescription"})
    private String description;

    @Override
    protected void endProcessing() {
        String functionName = null;
        if (function != null) {
            functionName = KeyHandlers.functionName(function);
            if (functionName == null) {
                throw terminatingError(RuntimeFailures.create("ParameterArgumentValidationError", "InvalidData",
                        "Cannot validate argument on parameter 'Function'. The argument \"" + function + "\" does "
                                + "not belong to the set of PSReadLine functions.", function));
            }
        }
        for (String key : chord) {
            try {
                KeyHandlers.keys(key, null);
            } catch (IllegalArgumentException unknown) {
                throw terminatingError(RuntimeFailures.create("System.ArgumentException", "InvalidArgument",
                        unknown.getMessage(), key, "System.ArgumentException"));
            }
            String text = functionName != null ? null : description != null ? description
                    : briefDescription;
            ReadLineOptions.process().bind(new ReadLineOptions.KeyHandler(key, functionName, scriptBlock, text));
        }
    }
}
