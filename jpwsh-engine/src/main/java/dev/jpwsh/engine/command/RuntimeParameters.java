package dev.jpwsh.engine.command;

import dev.jpwsh.dotnet.collections.PSCollection;
import dev.jpwsh.engine.node.Expr;
import dev.jpwsh.engine.node.Literals;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects a {@code dynamicparam} block builds its parameters from: {@link Dictionary} of {@link Parameter}s, each
 * with its attributes ({@link ParameterAttribute}, {@link AliasAttribute}, the validation attributes). Mutable, as
 * .NET's are; used by the call's thread only.
 */
public final class RuntimeParameters {
    private RuntimeParameters() {
    }

    /** {@code System.Attribute}, the base of the attributes a runtime parameter carries. */
    @DotNetName("System.Attribute")
    public abstract static class Attribute {
        @Override
        public String toString() {
            return getClass().getAnnotation(DotNetName.class).value();
        }
    }

    /** {@code RuntimeDefinedParameterDictionary}: parameters by name, any case (listed in name order). */
    @DotNetName("System.Management.Automation.RuntimeDefinedParameterDictionary")
    public static final class Dictionary extends java.util.TreeMap<String, Object> {
        public Dictionary() {
            super(String.CASE_INSENSITIVE_ORDER);
        }

        public void Add(String key, Object parameter) {
            if (containsKey(key)) {
                throw new IllegalArgumentException("An item with the same key has already been added. Key: " + key);
            }
            put(key, parameter);
        }
    }

    /** {@code RuntimeDefinedParameter}: name, type, attributes, and the value binding gave it. */
    @DotNetName("System.Management.Automation.RuntimeDefinedParameter")
    public static final class Parameter {
        private String name = "";
        private Class<?> parameterType = Object.class;
        private final PSCollection attributes = new PSCollection();
        private Object value;
        private boolean isSet;

        public Parameter() {
        }

        public Parameter(String name, Class<?> parameterType, java.util.Collection<?> attributes) {
            this.name = name;
            this.parameterType = parameterType;
            this.attributes.addAll(attributes);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Class<?> getParameterType() {
            return parameterType;
        }

        public void setParameterType(Class<?> parameterType) {
            this.parameterType = parameterType;
        }

        public PSCollection getAttributes() {
            return attributes;
        }

        public Object getValue() {
            return value;
        }

        public void setValue(Object value) {
            this.value = value;
            this.isSet = true;
        }

        public boolean getIsSet() {
            return isSet;
        }

        public void setIsSet(boolean isSet) {
            this.isSet = isSet;
        }

        /** Whether this is a switch parameter. */
        boolean isSwitch() {
            return parameterType == Boolean.class || parameterType == boolean.class;
        }

        /** The first {@code [Parameter()]} among its attributes, or null. */
        ParameterAttribute declaration() {
            for (Object a : attributes) {
                if (a instanceof ParameterAttribute p) {
                    return p;
                }
            }
            return null;
        }

        /** Whether {@code written} names it: its name, a prefix of it, or one of its aliases. */
        boolean matches(String written) {
            if (name.regionMatches(true, 0, written, 0, written.length()) && written.length() <= name.length()) {
                return true;
            }
            for (Object a : attributes) {
                if (a instanceof AliasAttribute alias && alias.getAliasNames().stream()
                        .anyMatch(written::equalsIgnoreCase)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "System.Management.Automation.RuntimeDefinedParameter";
        }
    }

    /** {@code [Parameter()]} made at run time. */
    @DotNetName("System.Management.Automation.ParameterAttribute")
    public static final class ParameterAttribute extends Attribute {
        private boolean mandatory;
        private int position = Integer.MIN_VALUE;
        private String parameterSetName = "__AllParameterSets";
        private boolean valueFromPipeline;
        private boolean valueFromPipelineByPropertyName;
        private boolean valueFromRemainingArguments;
        private String helpMessage;
        private boolean dontShow;

        public boolean getMandatory() {
            return mandatory;
        }

        public void setMandatory(boolean mandatory) {
            this.mandatory = mandatory;
        }

        public int getPosition() {
            return position;
        }

        public void setPosition(int position) {
            this.position = position;
        }

        public String getParameterSetName() {
            return parameterSetName;
        }

        public void setParameterSetName(String parameterSetName) {
            this.parameterSetName = parameterSetName;
        }

        public boolean getValueFromPipeline() {
            return valueFromPipeline;
        }

        public void setValueFromPipeline(boolean valueFromPipeline) {
            this.valueFromPipeline = valueFromPipeline;
        }

        public boolean getValueFromPipelineByPropertyName() {
            return valueFromPipelineByPropertyName;
        }

        public void setValueFromPipelineByPropertyName(boolean value) {
            this.valueFromPipelineByPropertyName = value;
        }

        public boolean getValueFromRemainingArguments() {
            return valueFromRemainingArguments;
        }

        public void setValueFromRemainingArguments(boolean value) {
            this.valueFromRemainingArguments = value;
        }

        public String getHelpMessage() {
            return helpMessage;
        }

        public void setHelpMessage(String helpMessage) {
            this.helpMessage = helpMessage;
        }

        public boolean getDontShow() {
            return dontShow;
        }

        public void setDontShow(boolean dontShow) {
            this.dontShow = dontShow;
        }
    }

    /** {@code [Alias()]} made at run time. */
    @DotNetName("System.Management.Automation.AliasAttribute")
    public static final class AliasAttribute extends Attribute {
        private final List<String> aliasNames = new ArrayList<>();

        public AliasAttribute(Object[] aliasNames) {
            for (Object name : aliasNames) {
                this.aliasNames.add(String.valueOf(name));
            }
        }

        public AliasAttribute(String alias) {
            this(new Object[] {alias});
        }

        public AliasAttribute(String alias1, String alias2) {
            this(new Object[] {alias1, alias2});
        }

        public List<String> getAliasNames() {
            return aliasNames;
        }
    }

    /** A {@code [Validate*()]} attribute made at run time: checks as the same attribute written on a parameter. */
    public abstract static class ValidationAttribute extends Attribute {
        private final Validation validation;

        ValidationAttribute(String kind, Object... arguments) {
            List<Expr> constants = new ArrayList<>();
            for (Object argument : arguments) {
                constants.add(new Literals.Constant(argument));
            }
            this.validation = new Validation(kind, List.copyOf(constants));
        }

        Validation validation() {
            return validation;
        }
    }

    @DotNetName("System.Management.Automation.ValidateSetAttribute")
    public static final class ValidateSetAttribute extends ValidationAttribute {
        public ValidateSetAttribute(Object[] validValues) {
            super("validateset", validValues);
        }

        public ValidateSetAttribute(String value) {
            this(new Object[] {value});
        }

        public ValidateSetAttribute(String value1, String value2) {
            this(new Object[] {value1, value2});
        }

        public ValidateSetAttribute(String value1, String value2, String value3) {
            this(new Object[] {value1, value2, value3});
        }
    }

    @DotNetName("System.Management.Automation.ValidateNotNullOrEmptyAttribute")
    public static final class ValidateNotNullOrEmptyAttribute extends ValidationAttribute {
        public ValidateNotNullOrEmptyAttribute() {
            super("validatenotnullorempty");
        }
    }

    @DotNetName("System.Management.Automation.ValidateNotNullAttribute")
    public static final class ValidateNotNullAttribute extends ValidationAttribute {
        public ValidateNotNullAttribute() {
            super("validatenotnull");
        }
    }

    @DotNetName("System.Management.Automation.ValidateRangeAttribute")
    public static final class ValidateRangeAttribute extends ValidationAttribute {
        public ValidateRangeAttribute(Object minRange, Object maxRange) {
            super("validaterange", minRange, maxRange);
        }
    }

    @DotNetName("System.Management.Automation.ValidatePatternAttribute")
    public static final class ValidatePatternAttribute extends ValidationAttribute {
        public ValidatePatternAttribute(String pattern) {
            super("validatepattern", pattern);
        }
    }

    @DotNetName("System.Management.Automation.ValidateLengthAttribute")
    public static final class ValidateLengthAttribute extends ValidationAttribute {
        public ValidateLengthAttribute(int minLength, int maxLength) {
            super("validatelength", minLength, maxLength);
        }
    }

    @DotNetName("System.Management.Automation.ValidateCountAttribute")
    public static final class ValidateCountAttribute extends ValidationAttribute {
        public ValidateCountAttribute(int minLength, int maxLength) {
            super("validatecount", minLength, maxLength);
        }
    }
}
