package dev.jpwsh.engine.command;

import java.util.List;
import java.util.Map;

/**
 * What Get-Command tells of any command (pwsh's CommandInfo): its name and kind, its definition, the module it comes
 * from, its parameters and parameter sets, and its syntax text. Implemented by each kind of command's info class.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.CommandInfo")
public interface CommandInfo {
    String getName();

    CommandTypes getCommandType();

    String getDefinition();

    /** The module name, or the path of a script or program; empty when there is none. */
    String getSource();

    String getModuleName();

    /** The version of the command's module or program, or null. */
    Object getVersion();

    /** Each parameter's name (any case) to its ParameterMetadata; empty for a program. */
    Map<Object, Object> getParameters();

    List<CommandParameterSetInfo> getParameterSets();

    /** The types the command declares it writes; empty when it declares none. */
    default List<Object> getOutputType() {
        return List.of();
    }

    default String getVisibility() {
        return "Public";
    }

    default String getRemotingCapability() {
        return "PowerShell";
    }

    /** The text Get-Command -Syntax writes for the command. */
    default String syntax() {
        return getDefinition();
    }

    /** The verb of a Verb-Noun name, else empty. */
    static String verbOf(String name) {
        int dash = name.indexOf('-');
        return dash > 0 ? name.substring(0, dash) : "";
    }

    /** The noun of a Verb-Noun name, else empty. */
    static String nounOf(String name) {
        int dash = name.indexOf('-');
        return dash > 0 ? name.substring(dash + 1) : "";
    }
}
