package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.serialization.ObjectSerializer;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** ConvertTo-CliXml (pwsh 7.6): all input objects as one CLIXML string, serialized -Depth deep (2 by default). */
@DotNetName("Microsoft.PowerShell.Commands.ConvertToClixmlCommand")
@dev.jpwsh.engine.command.OutputType({"System.String"})
public final class ConvertToCliXmlCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    private Object inputObject;

    @Parameter
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int depth = 2;

    private final List<Object> inputs = new ArrayList<>();

    @Override
    protected void processRecord() {
        inputs.add(inputObject);
    }

    @Override
    protected void endProcessing() {
        StringWriter text = new StringWriter();
        ObjectSerializer serializer = new ObjectSerializer(text, depth, new SessionPropertySource(frame()));
        for (Object input : inputs) {
            serializer.serialize(input);
        }
        serializer.done();
        writeObject(text.toString());
    }
}
