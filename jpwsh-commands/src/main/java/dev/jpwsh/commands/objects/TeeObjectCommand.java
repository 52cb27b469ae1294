package dev.jpwsh.commands.objects;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.command.CommandProcessor;
import dev.jpwsh.engine.command.CommandResolver;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * Tee-Object: passes its input on and also saves it: in a variable (-Variable, all of it once the input ends) or in
 * a file (-FilePath, -LiteralPath; -Append, -Encoding) through an Out-File it drives item by item, as pwsh does, so
 * the file is opened before the first item and written as items pass.
 */
@DotNetName("Microsoft.PowerShell.Commands.TeeObjectCommand")
@DefaultParameterSet("File")
public final class TeeObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(parameterSetName = "File", mandatory = true, position = 0, aliases = "Path")
    private String filePath;

    @Parameter(parameterSetName = "LiteralFile", mandatory = true, aliases = {"PSPath", "LP"})
    private String literalPath;

    @Parameter(parameterSetName = "File")
    @Parameter(parameterSetName = "LiteralFile")
    private boolean append;

    @Parameter(parameterSetName = "File")
    @Parameter(parameterSetName = "LiteralFile")
    private Object encoding;

    @Parameter(parameterSetName = "Variable", mandatory = true)
    private String variable;

    private final List<Object> items = new ArrayList<>();
    private CommandProcessor outFile;

    @Override
    protected void beginProcessing() {
        if (variable != null) {
            return;
        }
        List<CommandArgument> args = new ArrayList<>();
        args.add(CommandArgument.parameterWithValue(filePath != null ? "FilePath" : "LiteralPath",
                filePath != null ? filePath : literalPath));
        args.add(CommandArgument.parameterWithValue("Append", append));
        if (encoding != null) {
            args.add(CommandArgument.parameterWithValue("Encoding", encoding));
        }
        outFile = CommandResolver.resolve(frame(), "Microsoft.PowerShell.Utility\\Out-File", false, args, true);
        outFile.begin(Pipe.NULL);
    }

    @Override
    protected void processRecord() {
        if (outFile != null) {
            outFile.process(inputObject);
        } else {
            items.add(inputObject);
        }
        writeObject(inputObject);
    }

    @Override
    protected void endProcessing() {
        if (outFile != null) {
            try {
                outFile.end();
            } finally {
                outFile.cleanup();
            }
            return;
        }
        callerScope().set(variable, items.size() == 1 ? items.getFirst() : items.toArray());
    }
}
