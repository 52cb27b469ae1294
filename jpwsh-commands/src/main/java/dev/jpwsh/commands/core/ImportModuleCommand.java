package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.modules.VersionConstraint;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.Map;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.modules.ModuleErrors;
import dev.jpwsh.engine.modules.ModuleImporter;
import dev.jpwsh.engine.modules.PSModuleInfo;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Import-Module: imports each module -Name names (a name found on {@code $env:PSModulePath}, or a path) into the
 * global scope, or with a module importing it, into that module unless -Global; -Force runs an imported module
 * again; -PassThru writes the module. -MinimumVersion, -MaximumVersion and -RequiredVersion, or the tables of
 * -FullyQualifiedName (ModuleName, ModuleVersion, MaximumVersion, RequiredVersion, Guid), choose the module's version.
 * See {@link ModuleImporter} for how.
 */
@DotNetName(ModuleErrors.IMPORT_MODULE_TYPE)
@DefaultParameterSet("Name")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSModuleInfo"})
public final class ImportModuleCommand extends Cmdlet {
    @Parameter(parameterSetName = "Name", position = 0, mandatory = true, valueFromPipeline = true)
    private String[] name;

    /** Before -FullyQualifiedName, whose objects are untyped here, so that a module piped in binds to it. */
    @Parameter(parameterSetName = "ModuleInfo", position = 0, mandatory = true, valueFromPipeline = true)
    private PSModuleInfo[] moduleInfo;

    @Parameter(parameterSetName = "FullyQualifiedName", position = 0, mandatory = true, valueFromPipeline = true)
    private Object[] fullyQualifiedName;

    @Parameter(parameterSetName = "Name", aliases = {"Version"})
    private Object minimumVersion;

    @Parameter(parameterSetName = "Name")
    private Object maximumVersion;

    @Parameter(parameterSetName = "Name")
    private Object requiredVersion;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean force;

    @Parameter
    private boolean global;

    /** Accepted for pwsh's scripts: every module here is a PowerShell Core module, so there is no edition to check. */
    @Parameter
    private boolean skipEditionCheck;

    @Override
    protected void processRecord() {
        ModuleImporter importer = new ModuleImporter(frame(), this::writeObject, this::passOnError);
        if (moduleInfo != null) {
            for (PSModuleInfo module : moduleInfo) {
                importLoaded(importer, module);
            }
            return;
        }
        if (fullyQualifiedName != null) {
            for (Object specification : fullyQualifiedName) {
                if (specification instanceof Map<?, ?> table) {
                    load(importer, LanguagePrimitives.toString(table.get("ModuleName")), constraint(() ->
                            VersionConstraint.of(table)));
                } else {
                    load(importer, LanguagePrimitives.toString(specification), VersionConstraint.NONE);
                }
            }
            return;
        }
        VersionConstraint constraint = constraint(() -> new VersionConstraint(VersionConstraint.version(minimumVersion),
                VersionConstraint.version(maximumVersion), VersionConstraint.version(requiredVersion), null));
        if (constraint.isEmptyRange()) {
            throw terminatingError(RuntimeFailures.create("ArgumentOutOfRange", "InvalidArgument", "The "
                    + "MinimumVersion '" + minimumVersion + "' is greater than the MaximumVersion '" + maximumVersion
                    + "'.", null, "System.ArgumentOutOfRangeException").record());
        }
        for (String module : name) {
            load(importer, module, constraint);
        }
    }

    private void importLoaded(ModuleImporter importer, PSModuleInfo module) {
        importer.importLoaded(module, global);
        if (passThru) {
            writeObject(module);
        }
    }

    private void load(ModuleImporter importer, String module, VersionConstraint constraint) {
        PSModuleInfo imported = importer.importModule(module, force, global, constraint);
        if (imported != null && passThru) {
            writeObject(imported);
        }
    }

    /** The constraint the version parameters state; a version that is none is pwsh's conversion error. */
    private VersionConstraint constraint(java.util.function.Supplier<VersionConstraint> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw terminatingError(RuntimeFailures.create("ParameterArgumentTransformationError", "InvalidData",
                    "Cannot convert a version parameter: " + e.getMessage(), null,
                    "System.Management.Automation.PSInvalidCastException").record());
        }
    }
}
