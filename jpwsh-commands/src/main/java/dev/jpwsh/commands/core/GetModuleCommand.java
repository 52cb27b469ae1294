package dev.jpwsh.commands.core;

import dev.jpwsh.engine.modules.ModuleTable;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.modules.PSModuleInfo;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import dev.jpwsh.engine.modules.ModuleImporter;
import dev.jpwsh.engine.modules.VersionConstraint;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Get-Module: the modules the session imported into the global scope, with -All also those imported into other
 * modules, sorted by name, or with -ListAvailable the modules on {@code $env:PSModulePath}, read without running them;
 * -Name keeps those a pattern matches (any case), -FullyQualifiedName those a name or a specification table names.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetModuleCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSModuleInfo"})
public final class GetModuleCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    private String[] name;

    @Parameter(valueFromPipeline = true)
    private Object[] fullyQualifiedName;

    @Parameter
    private boolean all;

    @Parameter
    private boolean listAvailable;

    /** Accepted for pwsh's scripts: every module here is a PowerShell Core module, so there is no edition to check. */
    @Parameter
    private boolean skipEditionCheck;

    @Override
    protected void endProcessing() {
        List<PSModuleInfo> modules = listAvailable
                ? new ModuleImporter(frame(), this::writeObject, this::writeError).available()
                : ModuleTable.of(frame().context()).all(all);
        for (PSModuleInfo module : modules) {
            if (name != null && Arrays.stream(name).noneMatch(p -> Wildcard.matches(module.getName(), p, false))) {
                continue;
            }
            if (fullyQualifiedName != null && Arrays.stream(fullyQualifiedName).noneMatch(s -> specifies(s, module))) {
                continue;
            }
            writeObject(module);
        }
    }

    /** Whether a -FullyQualifiedName entry (a name or path, or a table of one with its constraints) names a module. */
    private static boolean specifies(Object specification, PSModuleInfo module) {
        Object named = specification instanceof Map<?, ?> table ? table.get("ModuleName") : specification;
        String text = LanguagePrimitives.toString(named);
        try {
            boolean sameName = text != null && (text.equalsIgnoreCase(module.getName())
                    || Path.of(text).getFileName() != null && stem(Path.of(text).getFileName().toString())
                            .equalsIgnoreCase(module.getName()));
            return sameName && (!(specification instanceof Map<?, ?> table)
                    || VersionConstraint.of(table).accepts(module.getVersion(), module.getGuid()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
