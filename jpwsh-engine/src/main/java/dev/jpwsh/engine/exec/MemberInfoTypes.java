package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSMemberTypes;

/**
 * The member objects scripts make to add to objects ({@code Add-Member -InputObject $o ([psscriptmethod]::new(...))}):
 * PSScriptMethod, PSScriptProperty, PSAliasProperty and PSVariableProperty, with pwsh's constructors and properties.
 * Add-Member turns each into the member it describes (a variable property into a note of the variable's value at
 * that time). Immutable, but a variable property itself reads and writes its variable.
 */
public final class MemberInfoTypes {
    private MemberInfoTypes() {
    }

    private static String named(String name) {
        if (name == null || name.isBlank()) {
            throw dev.jpwsh.runtime.error.AutomationExceptions.PSArgumentException.invalid("name");
        }
        return name;
    }

    private static <T> T given(T value, String argument) {
        if (value == null) {
            throw dev.jpwsh.runtime.error.AutomationExceptions.PSArgumentNullException.of(argument);
        }
        return value;
    }

    /** {@code [psscriptmethod]::new(name, { ... })}. */
    @DotNetName("System.Management.Automation.PSScriptMethod")
    public record PSScriptMethod(String getName, ScriptBlock getScript) {
        public PSScriptMethod {
            named(getName);
            given(getScript, "script");
        }

        public PSMemberTypes getMemberType() {
            return PSMemberTypes.ScriptMethod;
        }

        public String getTypeNameOfValue() {
            return "System.Object";
        }

        @Override
        public String toString() {
            return "System.Object " + getName + "();";
        }
    }

    /** {@code [psscriptproperty]::new(name, { getter } [, { setter }])}. */
    @DotNetName("System.Management.Automation.PSScriptProperty")
    public record PSScriptProperty(String getName, ScriptBlock getGetterScript, ScriptBlock getSetterScript) {
        public PSScriptProperty {
            named(getName);
            if (getGetterScript == null && getSetterScript == null) {
                given(null, "getterScript");
            }
        }

        public PSScriptProperty(String name, ScriptBlock getterScript) {
            this(name, given(getterScript, "getterScript"), null);
        }

        public PSMemberTypes getMemberType() {
            return PSMemberTypes.ScriptProperty;
        }

        public boolean getIsGettable() {
            return getGetterScript != null;
        }

        public boolean getIsSettable() {
            return getSetterScript != null;
        }

        @Override
        public String toString() {
            return getName + " {" + (getGetterScript == null ? "" : "get=" + getGetterScript + ";")
                    + (getSetterScript == null ? "" : "set=" + getSetterScript + ";") + "}";
        }
    }

    /** {@code [psaliasproperty]::new(name, referencedMemberName [, [type]])}. */
    @DotNetName("System.Management.Automation.PSAliasProperty")
    public record PSAliasProperty(String getName, String getReferencedMemberName, Class<?> getConversionType) {
        public PSAliasProperty {
            named(getName);
            if (getReferencedMemberName == null || getReferencedMemberName.isBlank()) {
                throw dev.jpwsh.runtime.error.AutomationExceptions.PSArgumentException.invalid("referencedMemberName");
            }
        }

        public PSAliasProperty(String name, String referencedMemberName) {
            this(name, referencedMemberName, null);
        }

        public PSMemberTypes getMemberType() {
            return PSMemberTypes.AliasProperty;
        }

        @Override
        public String toString() {
            return getName + " = " + (getConversionType == null ? "" : "(" + dev.jpwsh.runtime.object.TypeNames.of(getConversionType) + ")")
                    + getReferencedMemberName;
        }
    }

    /** {@code [psvariableproperty]::new($variable)}: a property that is a variable, read and written live. */
    @DotNetName("System.Management.Automation.PSVariableProperty")
    public record PSVariableProperty(PSVariable variable) {
        public PSVariableProperty {
            given(variable, "variable");
        }

        public String getName() {
            return variable.name();
        }

        public Object getValue() {
            return variable.value();
        }

        public void setValue(Object value) {
            variable.setValue(value);
        }

        public PSMemberTypes getMemberType() {
            return PSMemberTypes.NoteProperty;
        }
    }
}
