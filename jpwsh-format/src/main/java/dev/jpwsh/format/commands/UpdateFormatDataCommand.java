package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.ConfirmImpact;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.format.view.FormatFileLoader;
import dev.jpwsh.format.view.ViewDatabase;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Update-FormatData: adds the views of format.ps1xml files to the session, -PrependPath ones before the built-in
 * views, -AppendPath ones after them. A file that cannot be read or parsed stops the command, as pwsh's
 * FormatXmlUpdateException does.
 */
@DotNetName("Microsoft.PowerShell.Commands.UpdateFormatDataCommand")
@SupportsShouldProcess(ConfirmImpact.Low)
public final class UpdateFormatDataCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, aliases = {"PSPath", "Path"})
    private String[] appendPath;

    @Parameter
    private String[] prependPath;

    @Override
    protected void processRecord() {
        load(prependPath, true);
        load(appendPath, false);
    }

    private void load(String[] paths, boolean prepend) {
        if (paths == null) {
            return;
        }
        ViewDatabase views = ViewDatabase.of(frame().context());
        ProviderContext context = new ProviderContext(frame(), false, e -> writeError(e.record()));
        List<Path> files = new ArrayList<>();
        for (String p : paths) {
            try {
                for (ProviderPath resolved : SessionProviders.of(frame().context()).paths().expand(context, p, false)) {
                    Path file = Path.of(resolved.path());
                    if (Files.isRegularFile(file)) {
                        files.add(file);
                    } else if (!Wildcard.containsWildcardCharacters(p)) {
                        writeError(ProviderErrors.pathNotFound(p).record());
                    }
                }
            } catch (PSException e) {
                writeError(e.record());
            }
        }
        for (Path file : files) {
            try {
                views.add(FormatFileLoader.load(file), prepend);
            } catch (IOException e) {
                throw terminatingError(new ErrorRecord(new PSRuntimeException("FormatXmlUpdateException",
                        "InvalidOperation", "There were errors in loading the format data file: " + file + ": "
                        + e.getMessage(), null, "System.Management.Automation.RuntimeException"),
                        "FormatXmlUpdateException", "InvalidOperation", null));
            }
        }
    }
}
