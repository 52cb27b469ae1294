package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.ArgumentCompleters;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Register-ArgumentCompleter: stores -ScriptBlock in the session's {@link ArgumentCompleters} as the completer of
 * -ParameterName of each -CommandName (of every command when none is named), or with -Native as the completer of the
 * native programs -CommandName names. Writes nothing.
 */
@DotNetName("Microsoft.PowerShell.Commands.RegisterArgumentCompleterCommand")
@DefaultParameterSet("PowerShellSet")
public final class RegisterArgumentCompleterCommand extends Cmdlet {
    @Parameter(parameterSetName = "NativeSet", mandatory = true)
    @Parameter(parameterSetName = "PowerShellSet")
    private String[] commandName;

    @Parameter(parameterSetName = "PowerShellSet", mandatory = true)
    private String parameterName;

    @Parameter(mandatory = true)
    private ScriptBlock scriptBlock;

    /** -Native: the field is named as the parameter, since {@code native} is a Java keyword. */
    @Parameter(parameterSetName = "NativeSet")
    private boolean Native;

    @Override
    protected void endProcessing() {
        ArgumentCompleters completers = ArgumentCompleters.of(frame().context());
        if (Native) {
            for (String name : commandName) {
                completers.registerNative(name, scriptBlock);
            }
        } else if (commandName == null || commandName.length == 0) {
            completers.register(null, parameterName, scriptBlock);
        } else {
            for (String name : commandName) {
                completers.register(name, parameterName, scriptBlock);
            }
        }
    }
}
