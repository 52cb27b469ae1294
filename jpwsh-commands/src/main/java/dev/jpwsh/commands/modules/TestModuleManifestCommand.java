package dev.jpwsh.commands.modules;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.modules.ManifestCheck;
import dev.jpwsh.engine.modules.ModuleErrors;
import dev.jpwsh.engine.modules.ModuleImporter;
import dev.jpwsh.engine.modules.ModuleManifest;
import dev.jpwsh.engine.modules.PSModuleInfo;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Test-ModuleManifest: reads the manifest -Path names without running anything, reports each entry that names a
 * missing file or module ({@link ManifestCheck}), and writes the module the manifest describes when it could be read.
 */
@DotNetName("Microsoft.PowerShell.Commands.TestModuleManifestCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSModuleInfo"})
public final class TestModuleManifestCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private String path;

    @Override
    protected void processRecord() {
        Path file = resolved();
        if (file == null || !Files.isRegularFile(file)) {
            writeError(ModuleErrors.notFound(path));
            return;
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psd1")) {
            writeError(RuntimeFailures.create("Modules_InvalidModuleManifestPath", "InvalidArgument", "The module "
                    + "manifest path '" + file + "' is not valid. The value of the Path argument must resolve to a "
                    + "single file that has a '.psd1' extension. Change the value of the Path argument to point to a "
                    + "valid psd1 file, and then try again.", path, "System.InvalidOperationException").record());
            return;
        }
        ModuleManifest manifest = ModuleManifest.read(frame().context(), file, this::writeError);
        if (manifest == null) {
            return;
        }
        List<ErrorRecord> problems = ManifestCheck.check(new ModuleImporter(frame(), this::writeObject,
                this::writeError), file, manifest, path);
        problems.forEach(this::writeError);
        writeObject(PSModuleInfo.described(file, manifest));
    }

    private Path resolved() {
        try {
            return FileSystemPaths.of(frame(), path);
        } catch (PSException e) {
            return null;
        }
    }
}
