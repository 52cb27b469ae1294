package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.node.Expr;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.ops.Comparison;
import dev.jpwsh.runtime.ops.RegexOperators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code [Validate*()]} attribute on a parameter: its kind and arguments. {@link #check} returns null when the
 * value passes, else the reason PowerShell gives ("The 15 argument is greater than ...").
 */
public record Validation(String kind, List<Expr> arguments) {
    public static boolean isValidation(String attributeName) {
        return switch (attributeName.toLowerCase(Locale.ROOT)) {
            case "validateset", "validaterange", "validatenotnull", "validatenotnullorempty", "validatepattern",
                 "validatescript", "validatelength", "validatecount", "allownull", "allowemptystring",
                 "allowemptycollection" -> true;
            default -> false;
        };
    }

    public String check(Frame frame, Object value) {
        List<Object> args = new ArrayList<>();
        for (Expr e : arguments) {
            args.add(e.eval(frame));
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "validateset" -> inSet(value, args);
            case "validaterange" -> inRange(value, args);
            case "validatenotnull" -> value == null ? "The argument is null. Provide a valid value for the argument, "
                    + "and then try running the command again." : null;
            case "validatenotnullorempty" -> value == null || value instanceof String s && s.isEmpty()
                    || Enumeration.isEnumerable(value) && Enumeration.toList(value).isEmpty()
                    ? "The argument is null or empty. Provide an argument that is not null or empty, and then try "
                            + "the command again." : null;
            case "validatepattern" -> RegexOperators.compile(LanguagePrimitives.toString(args.getFirst()), false)
                    .matcher(LanguagePrimitives.toString(value)).find() ? null : "The argument \""
                    + LanguagePrimitives.toString(value) + "\" does not match the \"" + args.getFirst()
                    + "\" pattern. Supply an argument that matches \"" + args.getFirst()
                    + "\" and try the command again.";
            case "validatescript" -> args.getFirst() instanceof ScriptBlock block
                    && LanguagePrimitives.isTrue(block.invokeWithUnderscore(frame, value)) ? null
                    : "The \"" + args.getFirst() + "\" validation script for the argument with value \""
                            + LanguagePrimitives.toString(value) + "\" did not return a result of True. Determine "
                            + "why the validation script failed, and then try the command again.";
            case "validatelength" -> length(value, args);
            case "validatecount" -> count(value, args);
            default -> null;
        };
    }

    private static String inSet(Object value, List<Object> set) {
        for (Object item : Enumeration.toList(value)) {
            if (set.stream().noneMatch(s -> Comparison.equal(s, item, false))) {
                return "The argument \"" + LanguagePrimitives.toString(item) + "\" does not belong to the set \""
                        + String.join(",", set.stream().map(LanguagePrimitives::toString).toList())
                        + "\" specified by the ValidateSet attribute. Supply an argument that is in the set and then "
                        + "try the command again.";
            }
        }
        return null;
    }

    /**
     * What a mandatory parameter refuses, as pwsh's binder does: null, an empty string where the parameter is typed
     * string (or string[]), an empty array, and an array holding such a value, each unless the parameter has
     * [AllowNull()], [AllowEmptyString()] or [AllowEmptyCollection()] ({@code field}'s annotations).
     */
    static void checkMandatory(String parameter, Object value, java.lang.reflect.Field field) {
        checkMandatory(parameter, value, new Allowances(field == null || field.getType().isArray()
                || java.util.Collection.class.isAssignableFrom(field.getType()),
                field == null || field.getType() == String.class || field.getType() == String[].class,
                allows(field, AllowNull.class), allows(field, AllowEmptyString.class),
                allows(field, AllowEmptyCollection.class)));
    }

    /** The same checks for a script parameter: its type literal and its [Allow*()] attributes decide. */
    static void checkMandatory(ParameterSpec p, Object value) {
        String type = p.type() == null ? "" : p.type().name().toLowerCase(Locale.ROOT);
        checkMandatory(p.name(), value, new Allowances(type.endsWith("[]"),
                type.equals("string") || type.equals("string[]") || type.equals("system.string")
                        || type.equals("system.string[]"),
                allows(p, "allownull"), allows(p, "allowemptystring"), allows(p, "allowemptycollection")));
    }

    private static boolean allows(ParameterSpec p, String kind) {
        return p.validations().stream().anyMatch(v -> v.kind().equalsIgnoreCase(kind));
    }

    /** What a mandatory parameter looks into and lets through. */
    private record Allowances(boolean collection, boolean text, boolean nulls, boolean emptyStrings,
            boolean emptyCollections) {
    }

    private static void checkMandatory(String parameter, Object value, Allowances allowed) {
        if (value instanceof Object[] items) {
            if (!allowed.collection()) {
                return;
            }
            if (items.length == 0 && !allowed.emptyCollections()) {
                throw refused("ParameterArgumentValidationErrorEmptyArrayNotAllowed", parameter, "an empty array");
            }
            for (Object item : items) {
                checkMandatory(parameter, item, allowed);
            }
            return;
        }
        if (value == null && !allowed.nulls()) {
            throw refused("ParameterArgumentValidationErrorNullNotAllowed", parameter, "null");
        }
        if (value instanceof String s && s.isEmpty() && allowed.text() && !allowed.emptyStrings()) {
            throw refused("ParameterArgumentValidationErrorEmptyStringNotAllowed", parameter, "an empty string");
        }
    }

    private static boolean allows(java.lang.reflect.Field field, Class<? extends java.lang.annotation.Annotation> what) {
        return field != null && field.isAnnotationPresent(what);
    }

    private static PSException refused(String id, String parameter, String what) {
        return RuntimeFailures.parameterBinding(id, "Cannot bind argument to parameter '" + parameter + "' because it is "
                + what + ".");
    }

    /**
     * The error of a parameter whose value a validation refused.
     *
     * @param parameter the parameter's name
     * @param reason what {@link #check} returned
     * @param value the refused value
     * @return ParameterArgumentValidationError, a ParameterBindingValidationException
     */
    public static PSException failed(String parameter, String reason, Object value) {
        return RuntimeFailures.create("ParameterArgumentValidationError", "InvalidData",
                "Cannot validate argument on parameter '" + parameter + "'. " + reason, value,
                "System.Management.Automation.ParameterBindingValidationException");
    }

    /** {@code [ValidateRange(min, max)]}, or {@code [ValidateRange('Positive')]} with a ValidateRangeKind. */
    private static String inRange(Object value, List<Object> bounds) {
        for (Object item : Enumeration.toList(value)) {
            String failure = bounds.size() == 1 ? outOfRangeKind(item, LanguagePrimitives.toString(bounds.get(0)))
                    : outOfRange(item, bounds.get(0), bounds.get(1));
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    /** Null when {@code min <= item <= max}, else the reason [ValidateRange()] gives. */
    static String outOfRange(Object item, Object min, Object max) {
        if (Comparison.test(Comparison.Kind.LT, item, min, false)) {
            return "The " + LanguagePrimitives.toString(item) + " argument is less than the minimum allowed range "
                    + "of " + min + ". Supply an argument that is greater than or equal to " + min
                    + " and then try the command again.";
        }
        if (Comparison.test(Comparison.Kind.GT, item, max, false)) {
            return "The " + LanguagePrimitives.toString(item) + " argument is greater than the maximum allowed "
                    + "range of " + max + ". Supply an argument that is less than or equal to " + max
                    + " and then try the command again.";
        }
        return null;
    }

    /** Null when {@code item} is of the ValidateRangeKind named, else the reason pwsh gives. */
    private static String outOfRangeKind(Object item, String kind) {
        boolean above = Comparison.test(Comparison.Kind.GT, item, 0, false);
        boolean below = Comparison.test(Comparison.Kind.LT, item, 0, false);
        String wanted = switch (kind.toLowerCase(Locale.ROOT)) {
            case "positive" -> above ? null : "greater than zero";
            case "nonnegative" -> below ? "greater than or equal to zero" : null;
            case "negative" -> below ? null : "less than zero";
            case "nonpositive" -> above ? "less than or equal to zero" : null;
            default -> null;
        };
        return wanted == null ? null : "The argument \"" + LanguagePrimitives.toString(item)
                + "\" cannot be validated because its value is not " + wanted + ".";
    }

    private static String length(Object value, List<Object> bounds) {
        int min = ((Number) LanguagePrimitives.toNumber(bounds.get(0))).intValue();
        int max = ((Number) LanguagePrimitives.toNumber(bounds.get(1))).intValue();
        for (Object item : Enumeration.toList(value)) {
            int n = LanguagePrimitives.toString(item).length();
            if (n < min) {
                return "The character length (" + n + ") of the argument is too short. Specify an argument with a "
                        + "length that is greater than or equal to \"" + min + "\", and then try the command again.";
            }
            if (n > max) {
                return "The character length of the " + n + " argument is too long. Shorten the character length "
                        + "of the argument so it is fewer than or equal to \"" + max + "\" characters, and then try "
                        + "the command again.";
            }
        }
        return null;
    }

    private static String count(Object value, List<Object> bounds) {
        int min = ((Number) LanguagePrimitives.toNumber(bounds.get(0))).intValue();
        int max = ((Number) LanguagePrimitives.toNumber(bounds.get(1))).intValue();
        int n = Enumeration.toList(value).size();
        if (n < min) {
            return "The parameter requires at least " + min + " value(s) and only " + n + " value(s) were supplied.";
        }
        if (n > max) {
            return "The parameter requires at most " + max + " value(s) but " + n + " value(s) were supplied.";
        }
        return null;
    }
}
