package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/** Write-Output: sends its objects down the pipeline, enumerating collections unless -NoEnumerate. */
@DotNetName("Microsoft.PowerShell.Commands.WriteOutputCommand")
public final class WriteOutputCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromRemainingArguments = true)
    private Object inputObject;

    @Parameter
    private boolean noEnumerate;

    @Override
    protected void processRecord() {
        if (noEnumerate || inputObject == null) {
            writeObject(inputObject); // $null is an object of the pipeline like any other
        } else {
            writeEnumerated(inputObject);
        }
    }
}
