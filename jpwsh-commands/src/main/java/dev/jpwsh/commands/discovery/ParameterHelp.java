package dev.jpwsh.commands.discovery;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;

/**
 * One parameter's help as {@code Get-Help -Parameter} writes it: the properties of pwsh's parameter entry (name,
 * required, globbing, pipelineInput, position, description, parameterValue, type, defaultValue), and as its text the
 * block pwsh's parameter view shows (its heading, description and rows). Immutable.
 */
@DotNetName("MamlCommandHelpInfo#parameter")
public final class ParameterHelp {
    private final PSObject entry;
    private final String text;

    ParameterHelp(PSObject entry, String text) {
        this.entry = entry;
        this.text = text;
    }

    private Object value(String name) {
        return entry.property(name).value();
    }

    public Object getName() {
        return value("name");
    }

    public Object getRequired() {
        return value("required");
    }

    public Object getGlobbing() {
        return value("globbing");
    }

    public Object getPipelineInput() {
        return value("pipelineInput");
    }

    public Object getPosition() {
        return value("position");
    }

    public Object getDescription() {
        return value("description");
    }

    public Object getParameterValue() {
        return value("parameterValue");
    }

    public Object getType() {
        return value("type");
    }

    public Object getDefaultValue() {
        return value("defaultValue");
    }

    @Override
    public String toString() {
        return text;
    }
}
