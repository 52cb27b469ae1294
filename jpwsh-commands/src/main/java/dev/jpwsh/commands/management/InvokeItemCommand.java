package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.NativeCommandLookup;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.filesystem.FileSystemProvider;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Invoke-Item (ii): the default action of a file system item, as pwsh does it on Linux: an executable file runs,
 * anything else (a folder, a document) is handed to {@code xdg-open} found on the session's PATH. Without xdg-open
 * the item gets pwsh's error for a program that cannot start. Other providers have no default action.
 */
@DotNetName("Microsoft.PowerShell.Commands.InvokeItemCommand")
@SupportsShouldProcess
public final class InvokeItemCommand extends ProviderCmdlet {
    private static final String OPENER = "xdg-open";

    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(false);
        for (ProviderPath p : resolve(path, literalPath, false, context)) {
            if (!(p.provider() instanceof FileSystemProvider)) {
                reportError(ProviderErrors.notSupported(p.displayPath(), "Invoke-Item"));
                continue;
            }
            if (shouldProcess("Item: " + p.path(), "Invoke Item")) {
                perPath(p, "InvokeItem", () -> invoke(Path.of(p.path())));
            }
        }
    }

    private void invoke(Path item) {
        Path directory = NativeCommandLookup.workingDirectory(frame().context());
        List<String> command;
        if (Files.isRegularFile(item) && Files.isExecutable(item)) {
            command = List.of(item.toString());
        } else {
            Path opener = NativeCommandLookup.find(frame().context(), OPENER);
            if (opener == null) {
                throw RuntimeFailures.create("InvokeDefaultActionProviderException", "NotSpecified",
                        "An error occurred trying to start process '" + OPENER + "' with working directory '"
                                + directory + "'. No such file or directory", item.toString(),
                        "System.ComponentModel.Win32Exception");
            }
            command = List.of(opener.toString(), item.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).inheritIO();
        builder.environment().clear();
        builder.environment().putAll(frame().context().environment().snapshot());
        try {
            builder.start();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
