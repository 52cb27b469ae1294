package dev.jpwsh.commands.objects;

import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/** New-Guid: a random Guid, the empty one (-Empty), or one for each -InputObject text. */
@dev.jpwsh.engine.command.OutputType({"System.Guid"})
@DotNetName("Microsoft.PowerShell.Commands.NewGuidCommand")
public final class NewGuidCommand extends Cmdlet {
    @Parameter
    private boolean empty;

    @Parameter(position = 0, valueFromPipeline = true)
    private String inputObject;

    @Override
    protected void processRecord() {
        if (empty) {
            writeObject(Guid.Empty);
        } else if (inputObject != null) {
            try {
                writeObject(Guid.Parse(inputObject));
            } catch (RuntimeException e) {
                writeError(ObjectErrors.record("StringNotRecognizedAsGuid", "InvalidArgument",
                        "Unrecognized Guid format.", null, "System.FormatException"));
            }
        } else {
            writeObject(Guid.NewGuid());
        }
    }
}
