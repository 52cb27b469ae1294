package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The value of the global {@code $PSDefaultParameterValues}: a hashtable whose string keys are trimmed and must be
 * {@code CommandName:ParameterName} (or {@code Disabled}); a key of another form is refused with pwsh's
 * InvalidOperationException, and a table assigned to the variable is converted, every key checked.
 */
@DotNetName("System.Management.Automation.DefaultParameterDictionary")
public final class DefaultParameterDictionary extends PSHashtable {

    public DefaultParameterDictionary() {
    }

    /** A copy of {@code source}, refused as a whole when some key is not valid. */
    public DefaultParameterDictionary(Map<?, ?> source) {
        List<String> bad = new ArrayList<>();
        for (Map.Entry<?, ?> entry : source.entrySet()) {
            if (!(entry.getKey() instanceof String key) || !isValid(key.strip())) {
                bad.add(String.valueOf(entry.getKey()));
            } else if (bad.isEmpty() && !containsKey(key)) {
                super.put(key.strip(), entry.getValue());
            }
        }
        if (!bad.isEmpty()) {
            throw badFormat(bad);
        }
    }

    private static boolean isValid(String key) {
        return DefaultParameterKey.parse(key) != null || key.equalsIgnoreCase("Disabled");
    }

    @Override
    public Object put(Object key, Object value) {
        if (!(key instanceof String text)) {
            throw RuntimeFailures.create("Argument", "InvalidArgument", "The key '" + key + "' of type '"
                    + TypeNames.ofValue(key) + "' is not a string value. DefaultParameterDictionary only accepts "
                    + "string value keys.", key, "System.ArgumentException");
        }
        String trimmed = text.strip();
        if (!isValid(trimmed)) {
            throw badFormat(List.of(text));
        }
        return super.put(trimmed, value);
    }

    @Override
    public Object get(Object key) {
        return super.get(trimmed(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return super.containsKey(trimmed(key));
    }

    @Override
    public Object remove(Object key) {
        return super.remove(trimmed(key));
    }

    private static Object trimmed(Object key) {
        return key instanceof String text ? text.strip() : key;
    }

    private static RuntimeException badFormat(List<String> keys) {
        String message = keys.size() > 1
                ? "The keys '" + String.join(", ", keys) + "' do not have valid formats. "
                : "The key '" + keys.getFirst() + "' does not have a valid format. ";
        return RuntimeFailures.create("InvalidOperation", "InvalidOperation", message + DefaultParameterValues.FORMAT_HELP,
                null, "System.InvalidOperationException");
    }
}
