package dev.jpwsh.console.psreadline;

import dev.jpwsh.dotnet.Version;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.modules.ModuleType;
import dev.jpwsh.engine.modules.PSModuleInfo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PSReadLine module as Import-Module imports it and Get-Module shows it: a script module of version 2.3.5 (as pwsh
 * 7.4 ships it) exporting the PSReadLine cmdlets. It has no file: its commands are jpwsh's own. The interactive console
 * imports it before its first prompt, as pwsh's does.
 */
public final class PSReadLineModule {
    /** The module's name, as Import-Module takes it. */
    public static final String NAME = "PSReadLine";
    private static final List<String> CMDLETS = List.of("Get-PSReadLineKeyHandler", "Get-PSReadLineOption",
            "Remove-PSReadLineKeyHandler", "Set-PSReadLineKeyHandler", "Set-PSReadLineOption");

    private PSReadLineModule() {
    }

    /** The module of a session, with that session's cmdlets. */
    static PSModuleInfo of(ExecutionContext context) {
        Map<String, Object> cmdlets = new LinkedHashMap<>();
        for (String name : CMDLETS) {
            cmdlets.put(name, context.commands().cmdlet(name));
        }
        return PSModuleInfo.provided(NAME, Path.of(NAME), ModuleType.Script, new Version(2, 3, 5),
                "Great command line editing in the PowerShell console host", cmdlets);
    }
}
