package dev.jpwsh.engine.command;

import dev.jpwsh.dotnet.collections.Dictionary;
import dev.jpwsh.dotnet.collections.StringComparer;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;
import java.util.Map;

/**
 * A parameter as a CommandInfo's Parameters dictionary shows it: name, type, aliases, and its declaration in each
 * parameter set it is in ({@code __AllParameterSets} when in every set). Immutable.
 */
@DotNetName("System.Management.Automation.ParameterMetadata")
public final class ParameterMetadata {
    private final ParameterDeclaration parameter;
    /** Whether a {@code dynamicparam} block declared the parameter. */
    private final boolean dynamic;

    ParameterMetadata(ParameterDeclaration parameter) {
        this(parameter, false);
    }

    ParameterMetadata(ParameterDeclaration parameter, boolean dynamic) {
        this.parameter = parameter;
        this.dynamic = dynamic;
    }

    /** The declaration of the parameter in one set, as ParameterMetadata.ParameterSets shows it. */
    @DotNetName("System.Management.Automation.ParameterSetMetadata")
    public record ParameterSetMetadata(ParameterDeclaration.InSet declared) {
        public int getPosition() {
            return declared.position();
        }

        public boolean getIsMandatory() {
            return declared.mandatory();
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
            return declared.helpMessage();
        }

        @Override
        public String toString() {
            return "System.Management.Automation.ParameterSetMetadata";
        }
    }

    public String getName() {
        return parameter.name();
    }

    public Class<?> getParameterType() {
        return parameter.type();
    }

    public boolean getSwitchParameter() {
        return parameter.isSwitch();
    }

    public boolean getIsDynamic() {
        return dynamic;
    }

    public List<String> getAliases() {
        return parameter.aliases();
    }

    public Map<Object, Object> getParameterSets() {
        Dictionary sets = new Dictionary(StringComparer.getOrdinalIgnoreCase());
        for (ParameterDeclaration.InSet s : parameter.sets()) {
            sets.put(s.set().isEmpty() ? CommandSignature.ALL_SETS : s.set(), new ParameterSetMetadata(s));
        }
        return sets;
    }

    @Override
    public String toString() {
        return "System.Management.Automation.ParameterMetadata";
    }
}
