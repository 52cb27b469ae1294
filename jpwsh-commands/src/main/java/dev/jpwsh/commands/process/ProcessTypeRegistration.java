package dev.jpwsh.commands.process;

import dev.jpwsh.runtime.object.TypeRegistration;

/**
 * The .NET names of this package's types that scripts use as type literals: {@code [System.TimeZoneInfo]},
 * {@code [System.Console]}'s writing methods, and the engine's test hooks that the transcript tests of PowerShell set.
 * ({@code [System.Diagnostics.Process]} is the .NET library's.)
 */
public final class ProcessTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(TimeZoneInfo.class, "System.TimeZoneInfo");
        registrar.alias(SystemConsole.class, "System.Console");
        registrar.alias(dev.jpwsh.engine.host.InternalTestHooks.class,
                "System.Management.Automation.Internal.InternalTestHooks");
    }
}
