package dev.jpwsh.console.psreadline;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * What Get-PSReadLineKeyHandler writes: a key (or {@code Unbound}), the function it runs, that function's description
 * (a script block's own, else PSReadLine's for the function, else the function's name) and its group, by which
 * PSReadLine's view groups the table.
 */
@DotNetName("Microsoft.PowerShell.KeyHandler")
public final class KeyHandler {
    private final String key;
    private final String function;
    private final String description;
    private final KeyHandlerGroup group;

    KeyHandler(String key, String function, String description, KeyHandlerGroup group) {
        this.key = key;
        this.function = function;
        this.description = description;
        this.group = group;
    }

    public String getKey() {
        return key;
    }

    public String getFunction() {
        return function;
    }

    public String getDescription() {
        if (description != null && !description.isBlank()) {
            return description;
        }
        String builtIn = BuiltInFunctions.description(function);
        return builtIn != null ? builtIn : function;
    }

    public KeyHandlerGroup getGroup() {
        return group;
    }

    /** {@code [Microsoft.PowerShell.KeyHandler]::GetGroupingDescription($group)}: the group's heading. */
    public static String GetGroupingDescription(KeyHandlerGroup grouping) {
        return grouping.heading();
    }
}
