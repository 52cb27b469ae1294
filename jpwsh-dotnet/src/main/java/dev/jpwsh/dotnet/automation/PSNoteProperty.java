package dev.jpwsh.dotnet.automation;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeNames;

/** {@code [psnoteproperty]::new(name, value)}: a name and a value, as a custom object's property. */
@DotNetName("System.Management.Automation.PSNoteProperty")
public record PSNoteProperty(String name, Object value) {
    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    public String getMemberType() {
        return "NoteProperty";
    }

    public String getTypeNameOfValue() {
        return TypeNames.ofValue(value);
    }

    @Override
    public String toString() {
        return "System.Object " + name + "=" + value;
    }
}
