package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.serialization.CliXmlException;
import dev.jpwsh.runtime.object.DotNetName;

/** ConvertFrom-CliXml (pwsh 7.6): the objects of each CLIXML string, as PSSerializer.Deserialize gives them. */
@DotNetName("Microsoft.PowerShell.Commands.ConvertFromClixmlCommand")
public final class ConvertFromCliXmlCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    private String inputObject;

    @Override
    protected void processRecord() {
        try {
            writeObject(PSSerializer.Deserialize(inputObject));
        } catch (CliXmlException e) {
            throw terminatingError(CliXmlErrors.unreadable(e, inputObject));
        }
    }
}
