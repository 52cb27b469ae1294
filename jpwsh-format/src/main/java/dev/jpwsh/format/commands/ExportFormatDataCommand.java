package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.format.view.FormatTypeDefinitions.ExtendedTypeDefinition;
import dev.jpwsh.format.view.FormatXmlWriter;
import dev.jpwsh.runtime.error.ExceptionNames;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Export-FormatData: writes the ExtendedTypeDefinition objects Get-FormatData gave as a format.ps1xml file that
 * Update-FormatData can load; -NoClobber refuses an existing file, -Force replaces a read-only one,
 * -IncludeScriptBlock keeps the script block columns' text.
 */
@DotNetName("Microsoft.PowerShell.Commands.ExportFormatDataCommand")
public final class ExportFormatDataCommand extends Cmdlet {
    @Parameter(mandatory = true, valueFromPipeline = true)
    private ExtendedTypeDefinition[] inputObject;

    @Parameter(mandatory = true, parameterSetName = "ByPath", aliases = {"FilePath"})
    private String path;

    @Parameter(mandatory = true, parameterSetName = "ByLiteralPath", aliases = {"PSPath", "LP"})
    private String literalPath;

    @Parameter
    private boolean force;

    @Parameter(aliases = {"NoOverwrite"})
    private boolean noClobber;

    @Parameter
    private boolean includeScriptBlock;

    private final List<ExtendedTypeDefinition> definitions = new ArrayList<>();

    @Override
    protected void processRecord() {
        definitions.addAll(List.of(inputObject));
    }

    @Override
    protected void endProcessing() {
        Path file = null;
        try {
            file = OutputFile.of(frame(), path != null ? path : literalPath);
            ProviderErrors.refuseClobber(file, noClobber, false);
            if (force && Files.exists(file) && !Files.isWritable(file)) {
                file.toFile().setWritable(true);
            }
            Files.writeString(file, FormatXmlWriter.write(definitions, includeScriptBlock), StandardCharsets.US_ASCII);
        } catch (PSException refused) {
            throw terminatingError(refused);
        } catch (IOException e) {
            throw terminatingError(RuntimeFailures.create("FileOpenFailure", "OpenError", ExceptionNames.message(e),
                    file.toString(), ExceptionNames.ofType(e.getClass())));
        }
    }
}
