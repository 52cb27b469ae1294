package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.modules.ModuleErrors;
import dev.jpwsh.engine.modules.ModuleImporter;
import dev.jpwsh.engine.modules.PSModuleInfo;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Import-Module: imports each module -Name names (a name found on {@code $env:PSModulePath}, or a path) into the
 * global scope, or with a module importing it, into that module unless -Global; -Force runs an imported module
 * again; -PassThru writes the module. See {@link ModuleImporter} for how.
 */
@DotNetName(ModuleErrors.IMPORT_MODULE_TYPE)
public final class ImportModuleCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    private String[] name;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean force;

    @Parameter
    private boolean global;

    @Override
    protected void processRecord() {
        ModuleImporter importer = new ModuleImporter(frame(), this::writeObject, this::passOnError);
        for (String module : name) {
            PSModuleInfo imported = importer.importModule(module, force, global);
            if (imported != null && passThru) {
                writeObject(imported);
            }
        }
    }
}
