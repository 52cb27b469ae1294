package dev.jpwsh.format;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/** Out-String: the text Out-Default would show for the input, as one string or (-Stream) one per line. */
@DotNetName("Microsoft.PowerShell.Commands.OutStringCommand")
public final class OutStringCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter
    private boolean stream;

    @Parameter
    private Integer width;

    private final List<String> lines = new ArrayList<>();
    private final OutDefault formatter = new OutDefault(lines::add);

    @Override
    protected void processRecord() {
        formatter.write(inputObject);
    }

    @Override
    protected void endProcessing() {
        formatter.close();
        if (stream) {
            lines.forEach(this::writeObject);
        } else {
            writeObject(lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
        }
    }
}
