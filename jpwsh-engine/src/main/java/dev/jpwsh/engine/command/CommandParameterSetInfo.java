package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * One parameter set of a command with the parameters in it; its text is the set's syntax as pwsh writes it:
 * positional parameters by position, then the mandatory named ones, then the others, and
 * {@code [<CommonParameters>]} for the common parameters. Immutable.
 */
@DotNetName("System.Management.Automation.CommandParameterSetInfo")
public final class CommandParameterSetInfo {
    private final String name;
    private final boolean isDefault;
    private final List<CommandParameterInfo> parameters;

    CommandParameterSetInfo(String name, boolean isDefault, List<CommandParameterInfo> parameters) {
        this.name = name;
        this.isDefault = isDefault;
        this.parameters = parameters;
    }

    public String getName() {
        return name;
    }

    public boolean getIsDefault() {
        return isDefault;
    }

    public List<CommandParameterInfo> getParameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return syntax(p -> p.declaration().typeName());
    }

    /**
     * The set's syntax with each parameter's type named by {@code typeName}, as help shows it ({@code <String>}
     * where Get-Command shows {@code <string>}).
     */
    public String syntax(java.util.function.Function<CommandParameterInfo, String> typeName) {
        List<CommandParameterInfo> positional = new ArrayList<>();
        List<CommandParameterInfo> mandatory = new ArrayList<>();
        List<CommandParameterInfo> named = new ArrayList<>();
        boolean common = false;
        for (CommandParameterInfo p : parameters) {
            if (CommonParameterDeclarations.isCommon(p.declaration())) {
                common = true;
            } else if (p.getPosition() != ParameterDeclaration.NAMED) {
                positional.add(p);
            } else {
                (p.getIsMandatory() ? mandatory : named).add(p);
            }
        }
        positional.sort(java.util.Comparator.comparingInt(CommandParameterInfo::getPosition));
        List<String> parts = new ArrayList<>();
        positional.forEach(p -> parts.add(p.syntax(typeName.apply(p))));
        mandatory.forEach(p -> parts.add(p.syntax(typeName.apply(p))));
        named.forEach(p -> parts.add(p.syntax(typeName.apply(p))));
        if (common) {
            parts.add("[<CommonParameters>]");
        }
        return String.join(" ", parts);
    }
}
