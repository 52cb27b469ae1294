package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/** One parameter as one parameter set has it, as a CommandParameterSetInfo lists it. Immutable. */
@DotNetName("System.Management.Automation.CommandParameterInfo")
public final class CommandParameterInfo {
    private final ParameterDeclaration parameter;
    private final ParameterDeclaration.InSet declared;

    CommandParameterInfo(ParameterDeclaration parameter, ParameterDeclaration.InSet declared) {
        this.parameter = parameter;
        this.declared = declared;
    }

    ParameterDeclaration declaration() {
        return parameter;
    }

    public String getName() {
        return parameter.name();
    }

    public Class<?> getParameterType() {
        return parameter.type();
    }

    public boolean getIsMandatory() {
        return declared.mandatory();
    }

    public boolean getIsDynamic() {
        return false;
    }

    public int getPosition() {
        return declared.position();
    }

    public boolean getValueFromPipeline() {
        return declared.fromPipeline();
    }

    public boolean getValueFromPipelineByPropertyName() {
        return declared.byPropertyName();
    }

    public boolean getValueFromRemainingArguments() {
        return declared.remaining();
    }

    public String getHelpMessage() {
        return null;
    }

    public List<String> getAliases() {
        return parameter.aliases();
    }

    /**
     * The parameter in a syntax line, as pwsh writes it: {@code [-Force]}, {@code -Name <string>} when mandatory,
     * {@code [-Path] <string[]>} when positional and mandatory, {@code [[-Path] <string[]>]} when positional; the
     * type as {@code typeName}.
     */
    String syntax(String typeName) {
        String name = parameter.name();
        if (parameter.isSwitch()) {
            return declared.mandatory() ? "-" + name : "[-" + name + "]";
        }
        boolean positional = declared.position() != ParameterDeclaration.NAMED;
        String type = " <" + typeName + ">";
        if (declared.mandatory()) {
            return (positional ? "[-" + name + "]" : "-" + name) + type;
        }
        return positional ? "[[-" + name + "]" + type + "]" : "[-" + name + type + "]";
    }

    @Override
    public String toString() {
        return getName();
    }
}
