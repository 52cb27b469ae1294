package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/** Write-Output: sends its objects down the pipeline, enumerating collections unless -NoEnumerate. */
@DotNetName("Microsoft.PowerShell.Commands.WriteOutputCommand")
public final class WriteOutputCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromRemainingArguments = true)
    private Object[] inputObject;

    @Parameter
    private boolean noEnumerate;

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            return;
        }
        if (noEnumerate) {
            writeObject(inputObject.length == 1 ? inputObject[0] : inputObject);
        } else {
            for (Object item : inputObject) {
                writeEnumerated(item);
            }
        }
    }
}
