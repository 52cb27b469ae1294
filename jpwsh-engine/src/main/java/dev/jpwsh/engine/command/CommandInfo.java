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

    /**
     * {@code $command.ResolveParameter(name)}: the parameter {@code name} stands for, as the binder reads it: its name
     * or an alias, else the one parameter whose name it begins.
     *
     * @throws dev.jpwsh.engine.exec.PSException NamedParameterNotFound, or AmbiguousParameter when it begins several
     */
    default ParameterMetadata ResolveParameter(String name) {
        List<ParameterMetadata> begun = new java.util.ArrayList<>();
        for (Object value : getParameters().values()) {
            ParameterMetadata parameter = (ParameterMetadata) value;
            if (parameter.getName().equalsIgnoreCase(name)
                    || parameter.getAliases().stream().anyMatch(name::equalsIgnoreCase)) {
                return parameter;
            }
            if (parameter.getName().regionMatches(true, 0, name, 0, name.length())) {
                begun.add(parameter);
            }
        }
        if (begun.size() == 1) {
            return begun.getFirst();
        }
        if (begun.isEmpty()) {
            throw dev.jpwsh.engine.exec.RuntimeFailures.parameterBinding("NamedParameterNotFound", "A parameter "
                    + "cannot be found that matches parameter name '" + name + "'.");
        }
        throw dev.jpwsh.engine.exec.RuntimeFailures.parameterBinding("AmbiguousParameter", "Parameter cannot be "
                + "processed because the parameter name '" + name + "' is ambiguous. Possible matches include: -"
                + String.join(" -", begun.stream().map(ParameterMetadata::getName).toList()) + ".");
    }

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
