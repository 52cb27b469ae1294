package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.error.ErrorRecord;

/** The errors of the discovery cmdlets, with pwsh's ids, categories, messages and exception types. */
final class DiscoveryErrors {
    private DiscoveryErrors() {
    }

    /** Get-Command's error for a name no command has; the cmdlet qualifies the id with its type. */
    static ErrorRecord commandNotFound(String name) {
        return RuntimeFailures.create("CommandNotFoundException", "ObjectNotFound", "The term '" + name
                + "' is not recognized as a name of a cmdlet, function, script file, or executable program.\n"
                + "Check the spelling of the name, or if a path was included, verify that the path is correct and "
                + "try again.", name, "System.Management.Automation.CommandNotFoundException").record();
    }

    static ErrorRecord commandParameterNotFound(String name) {
        return RuntimeFailures.create("CommandParameterNotFound", "ObjectNotFound", "No matching commands include a "
                + "parameter named '" + name + "'.  Check the spelling of the parameter name, and then try again.",
                name, "System.ArgumentException").record();
    }

    /** No alias has that name or definition ({@code what}: "name" or "definition"). */
    static ErrorRecord aliasNotFound(String what, String name) {
        return RuntimeFailures.create("ItemNotFoundException", "ObjectNotFound",
                "This command cannot find a matching alias because an alias with the " + what + " '" + name
                        + "' does not exist.", name, "System.Management.Automation.ItemNotFoundException").record();
    }

    /** A -Scope value that names no scope: neither Global, Local, Private, Script nor a number. */
    static ErrorRecord invalidScope() {
        return RuntimeFailures.create("Argument", "InvalidArgument", "Cannot process argument because the value of "
                + "parameter \"scopeID\" is not valid. Valid values are \"Global\", \"Local\", or \"Script\", or "
                + "a number relative to the current scope (0 through the number of scopes where 0 is the current "
                + "scope and 1 is its parent). Change the value of the \"scopeID\" parameter and run the operation "
                + "again.", null, "System.Management.Automation.PSArgumentException").record();
    }

    /** A -Scope number below zero or beyond the scopes there are. */
    static ErrorRecord scopeOutOfRange(String scope, boolean negative) {
        String message = negative ? "Specified argument was out of the range of valid values." + "\nParameter name: "
                + "scopeID" : "The scope number '" + scope + "' exceeds the number of active scopes.";
        return RuntimeFailures.create("ArgumentOutOfRange", "InvalidArgument", message, scope,
                "System.Management.Automation.PSArgumentOutOfRangeException").record();
    }

    static ErrorRecord aliasExists(String name) {
        return RuntimeFailures.create("AliasAlreadyExists", "ResourceExists", "The alias is not allowed, because "
                + "an alias with the name '" + name + "' already exists.", name,
                "System.Management.Automation.SessionStateException").record();
    }

    static ErrorRecord aliasNotWritable(String name) {
        return RuntimeFailures.create("AliasNotWritable", "WriteError", "Alias is not writeable because alias "
                + name + " is read-only or constant and cannot be written to.", name,
                "System.Management.Automation.SessionStateUnauthorizedAccessException").record();
    }

    static ErrorRecord aliasNotRemovable(String name) {
        return RuntimeFailures.create("AliasNotRemovable", "WriteError", "Alias was not removed because alias "
                + name + " is constant or read-only.", name,
                "System.Management.Automation.SessionStateUnauthorizedAccessException").record();
    }
}
