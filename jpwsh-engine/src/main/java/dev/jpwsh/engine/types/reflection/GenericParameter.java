package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;
import java.util.Map;

/**
 * A type parameter of a generic definition ({@code T} of List`1, {@code TKey} of Dictionary`2), as the definition's
 * {@code GetGenericArguments()} gives it: it has a name and a position but no full name, and stands for no type of
 * its own. The names are .NET's for the definitions scripts commonly inspect, else T (one parameter) or T1...Tn.
 * Immutable.
 *
 * @param name          the parameter's name
 * @param position      its position among the definition's parameters
 * @param declaringType the definition
 */
@DotNetName("System.RuntimeType")
public record GenericParameter(String name, int position, Object declaringType) {
    private static final List<String> KEY_VALUE = List.of("TKey", "TValue");
    private static final Map<String, List<String>> NAMES = Map.of(
            "System.Collections.Generic.Dictionary`2", KEY_VALUE,
            "System.Collections.Generic.SortedDictionary`2", KEY_VALUE,
            "System.Collections.Generic.SortedList`2", KEY_VALUE,
            "System.Collections.Generic.KeyValuePair`2", KEY_VALUE,
            "System.Collections.Generic.IDictionary`2", KEY_VALUE,
            "System.Collections.Generic.IReadOnlyDictionary`2", KEY_VALUE,
            "System.Collections.Concurrent.ConcurrentDictionary`2", KEY_VALUE,
            "System.Converter`2", List.of("TInput", "TOutput"));

    /** The parameters of the definition {@code declaringType} whose full name is {@code fullName} (with its arity). */
    public static Object[] of(String fullName, Object declaringType) {
        int tick = fullName.lastIndexOf('`');
        int arity = Integer.parseInt(fullName.substring(tick + 1));
        List<String> names = NAMES.getOrDefault(fullName, defaultNames(fullName.substring(0, tick), arity));
        Object[] parameters = new Object[arity];
        for (int i = 0; i < arity; i++) {
            parameters[i] = new GenericParameter(names.get(i), i, declaringType);
        }
        return parameters;
    }

    /** T for one parameter, else T1...Tn; a Func's last is TResult, and Tuple`1's only one is T1. */
    private static List<String> defaultNames(String family, int arity) {
        boolean func = family.equals("System.Func");
        if (arity == 1 && !family.equals("System.Tuple") && !family.equals("System.ValueTuple")) {
            return List.of(func ? "TResult" : "T");
        }
        String[] names = new String[arity];
        for (int i = 0; i < arity; i++) {
            names[i] = func && i == arity - 1 ? "TResult" : "T" + (i + 1);
        }
        if (func && arity == 2) {
            names[0] = "T";
        }
        return List.of(names);
    }

    public String getName() {
        return name;
    }

    /** A type parameter has no full name. */
    public String getFullName() {
        return null;
    }

    public String getAssemblyQualifiedName() {
        return null;
    }

    public boolean getIsGenericParameter() {
        return true;
    }

    public int getGenericParameterPosition() {
        return position;
    }

    public Object getDeclaringType() {
        return declaringType;
    }

    public boolean getIsGenericType() {
        return false;
    }

    public boolean getContainsGenericParameters() {
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
