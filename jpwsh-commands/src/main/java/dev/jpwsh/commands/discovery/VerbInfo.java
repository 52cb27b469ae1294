package dev.jpwsh.commands.discovery;

import dev.jpwsh.runtime.object.DotNetName;

/** One of pwsh's approved verbs, as Get-Verb writes it. Immutable. */
@DotNetName("System.Management.Automation.VerbInfo")
public record VerbInfo(String verb, String aliasPrefix, String group, String description) {
    public String getVerb() {
        return verb;
    }

    public String getAliasPrefix() {
        return aliasPrefix;
    }

    public String getGroup() {
        return group;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        return "System.Management.Automation.VerbInfo";
    }
}
