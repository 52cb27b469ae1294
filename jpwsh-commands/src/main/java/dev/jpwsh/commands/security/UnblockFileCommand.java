package dev.jpwsh.commands.security;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Unblock-File as pwsh on Linux: each path is resolved and a missing file reported (FileNotFound), then the
 * command stops with LinuxNotSupported, since Linux has no zone marks to remove.
 */
@DotNetName("Microsoft.PowerShell.Commands.UnblockFileCommand")
@SupportsShouldProcess
@DefaultParameterSet("ByPath")
public final class UnblockFileCommand extends Cmdlet {
    @Parameter(parameterSetName = "ByPath", position = 0, mandatory = true)
    private String[] path;

    @Parameter(parameterSetName = "ByLiteralPath", mandatory = true, valueFromPipelineByPropertyName = true,
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        for (Path file : FilePaths.resolve(frame(), literal ? literalPath : path, literal,
                missing -> writeError(SecurityErrors.fileNotFound(missing).record()))) {
            if (!Files.exists(file)) {
                writeError(SecurityErrors.fileNotFound(file.toString()).record());
            }
        }
        throw terminatingError(SecurityErrors.linuxNotSupported());
    }
}
