package dev.jpwsh.engine.modules;

import dev.jpwsh.dotnet.Version;
import dev.jpwsh.engine.command.CmdletInfo;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The modules pwsh ships in {@code $PSHOME/Modules} whose cmdlets jpwsh has built in: Import-Module imports them,
 * Get-Module -ListAvailable lists them, each exporting the session's cmdlets that belong to it (as a cmdlet's
 * ModuleName says) at that module's version. Their kinds are pwsh's: the four of PowerShell's own assemblies are
 * manifests, the Archive module a script module, ThreadJob a binary one. Microsoft.PowerShell.Core is a snap-in, not
 * a module. Stateless.
 */
final class BuiltInModules {
    /** A module's name and kind. */
    record Described(String name, ModuleType type) {
    }

    static final List<Described> ALL = List.of(
            new Described("Microsoft.PowerShell.Archive", ModuleType.Script),
            new Described("Microsoft.PowerShell.Host", ModuleType.Manifest),
            new Described("Microsoft.PowerShell.Management", ModuleType.Manifest),
            new Described("Microsoft.PowerShell.Security", ModuleType.Manifest),
            new Described("Microsoft.PowerShell.Utility", ModuleType.Manifest),
            new Described("ThreadJob", ModuleType.Binary));

    private BuiltInModules() {
    }

    /** {@return {@code module} for {@code context}'s session: its cmdlets there, at their module's version} */
    static PSModuleInfo of(ExecutionContext context, Described module) {
        Map<String, Object> cmdlets = new LinkedHashMap<>();
        Version version = null;
        for (CmdletInfo cmdlet : context.commands().cmdlets()) {
            if (cmdlet.getModuleName().equalsIgnoreCase(module.name())) {
                cmdlets.put(cmdlet.getName(), cmdlet);
                version = (Version) cmdlet.getVersion();
            }
        }
        return PSModuleInfo.provided(module.name(), folder(context).resolve(module.name())
                .resolve(module.name() + ".psd1"), module.type(), version == null ? new Version(7, 0, 0, 0) : version,
                "", cmdlets);
    }

    /** {@return {@code $PSHOME/Modules}, where pwsh keeps the modules it ships} */
    static Path folder(ExecutionContext context) {
        return Path.of(LanguagePrimitives.toString(context.global().lookup(Scope.key("PSHOME")).value()), "Modules");
    }
}
