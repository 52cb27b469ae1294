package dev.jpwsh.engine.command;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

/**
 * A parameter field with its declarations, one per parameter set it is in, and its {@link ValidateRange} (or
 * null), what sets it ({@link FieldSetter}), and whether every declaration makes it mandatory, so that it refuses
 * null and empty values ({@link Validation#checkMandatory}); cached per cmdlet class.
 */
record CmdletParameter(Field field, List<Parameter> declarations, ValidateRange range,
        FieldSetter setter, boolean mandatory) {
    /** The field name with a capital initial: field {@code inputObject} is parameter -InputObject. */
    String name() {
        String javaName = field.getName();
        return Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
    }

    boolean isSwitch() {
        return field.getType() == boolean.class || field.getType() == Boolean.class;
    }

    boolean matches(String written) {
        if (name().regionMatches(true, 0, written, 0, written.length()) && written.length() <= name().length()) {
            return true;
        }
        return declarations.stream().flatMap(d -> Arrays.stream(d.aliases())).anyMatch(written::equalsIgnoreCase);
    }

    /** The sets the parameter is in; empty when it is in every set. */
    List<String> sets() {
        List<String> names = declarations.stream().map(Parameter::parameterSetName).toList();
        return names.contains("") ? List.of() : names;
    }

    /** The declaration that applies in {@code set}, or null when the parameter is not in it. */
    Parameter declarationIn(String set) {
        return declarations.stream().filter(d -> d.parameterSetName().isEmpty()
                || d.parameterSetName().equalsIgnoreCase(set)).findFirst().orElse(null);
    }

    boolean collectsRemaining() {
        return declarations.stream().anyMatch(Parameter::valueFromRemainingArguments);
    }

    /** The names pipeline input may carry it under as a property: its own, then its aliases. */
    List<String> propertyNames() {
        List<String> names = new java.util.ArrayList<>();
        names.add(name());
        declarations.stream().flatMap(d -> Arrays.stream(d.aliases())).forEach(names::add);
        return List.copyOf(names);
    }
}
