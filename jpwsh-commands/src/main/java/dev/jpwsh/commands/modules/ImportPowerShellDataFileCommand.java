package dev.jpwsh.commands.modules;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.modules.DataFile;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Import-PowerShellDataFile: the hashtable each -Path (or -LiteralPath) file holds, evaluated only when it is safe
 * data (see {@link DataFile}); -SkipLimitCheck lifts the 500-key and node-count limits. A missing path is
 * PathNotFound, a file that is no data file CouldNotParseAsPowerShellDataFile(NoHashtableRoot), both
 * non-terminating; unsafe data stops the command.
 */
@DotNetName("Microsoft.PowerShell.Commands.ImportPowerShellDataFileCommand")
public final class ImportPowerShellDataFileCommand extends Cmdlet {
    @Parameter(parameterSetName = "ByPath", position = 0, mandatory = true)
    private String[] path;

    @Parameter(parameterSetName = "ByLiteralPath", position = 0, mandatory = true,
            valueFromPipelineByPropertyName = true, aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter
    private boolean skipLimitCheck;

    @Override
    protected void processRecord() {
        for (String p : literalPath != null ? literalPath : path) {
            Path file = resolved(p);
            if (file == null || !Files.isRegularFile(file)) {
                writeError(RuntimeFailures.create("PathNotFound", "InvalidArgument", "Cannot find path '" + p
                        + "' because it does not exist.", p, "System.ArgumentException").record());
                continue;
            }
            try {
                writeObject(DataFile.read(frame(), file, skipLimitCheck));
            } catch (DataFile.NotData e) {
                writeError(e.record());
            } catch (PSException e) {
                throw terminatingError(e);
            }
        }
    }

    private Path resolved(String p) {
        try {
            return FileSystemPaths.of(frame(), p);
        } catch (PSException e) {
            return null;
        }
    }
}
