package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.commands.objects.PropertyExpression;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Group-Object: groups input by the values of one or more properties (names, script blocks or calculated
 * properties), case-insensitively unless -CaseSensitive; each group has Count, Name and Group, or with -AsHashTable
 * one hashtable from key (its text with -AsString) to group.
 */
@DotNetName("Microsoft.PowerShell.Commands.GroupObjectCommand")
@dev.jpwsh.engine.command.OutputType({"System.Collections.Hashtable", "Microsoft.PowerShell.Commands.GroupInfo"})
public final class GroupObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(position = 0)
    private Object[] property;

    @Parameter
    private boolean noElement;

    @Parameter
    private boolean asHashTable;

    @Parameter
    private boolean asString;

    @Parameter
    private boolean caseSensitive;

    @Parameter
    private String culture;

    private List<PropertyExpression> expressions;

    private final Map<String, List<Object>> groups = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, Object> keys = new LinkedHashMap<>();

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            return;
        }
        if (asString && !asHashTable) {
            throw terminatingError(dev.jpwsh.engine.exec.RuntimeFailures.create("ArgumentException", "InvalidArgument",
                    "The command cannot be run because the AsString parameter requires that you specify the "
                            + "AsHashtable parameter.", true, "System.ArgumentException").record());
        }
        Object key = property == null ? inputObject : keyOf(inputObject);
        String name = key instanceof List<?> several ? String.join(", ", several.stream()
                .map(LanguagePrimitives::toString).toList()) : LanguagePrimitives.toString(key);
        String normalized = caseSensitive ? name : name.toLowerCase(Locale.ROOT);
        groups.computeIfAbsent(normalized, k -> new ArrayList<>()).add(inputObject);
        names.putIfAbsent(normalized, name);
        keys.putIfAbsent(normalized, key);
    }

    /** Text in the current culture's order: letters without regard to case first, then lower case first. */
    private static int cultureOrder(String a, String b) {
        int c = a.compareToIgnoreCase(b);
        if (c != 0) {
            return c;
        }
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return Character.isLowerCase(a.charAt(i)) ? -1 : 1;
            }
        }
        return 0;
    }

    /** The value of the one -Property, or the list of the values of several. */
    private Object keyOf(Object input) {
        if (expressions == null) {
            try {
                expressions = PropertyExpression.parse(property);
            } catch (PSException e) {
                throw terminatingError(e);
            }
        }
        List<Object> values = new ArrayList<>();
        for (PropertyExpression e : expressions) {
            List<PropertyExpression.Value> found = e.values(frame(), input, List.of());
            values.add(found.isEmpty() ? null : found.getFirst().value());
        }
        return values.size() == 1 ? values.getFirst() : values;
    }

    /** Groups come out sorted by their key, as pwsh sorts them. */
    @Override
    protected void endProcessing() {
        List<Map.Entry<String, List<Object>>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort((a, b) -> {
            Object ka = keys.get(a.getKey());
            Object kb = keys.get(b.getKey());
            if (ka instanceof String x && kb instanceof String y) {
                return cultureOrder(x, y);
            }
            if (ka instanceof List<?> || kb instanceof List<?>) {
                return names.get(a.getKey()).compareToIgnoreCase(names.get(b.getKey()));
            }
            return Comparison.equal(ka, kb, caseSensitive) ? 0
                    : Comparison.test(Comparison.Kind.LT, ka, kb, caseSensitive) ? -1 : 1;
        });
        if (asHashTable) {
            dev.jpwsh.runtime.object.PSHashtable table = new dev.jpwsh.runtime.object.PSHashtable();
            for (Map.Entry<String, List<Object>> e : sorted) {
                List<Object> group = e.getValue();
                Object key = keys.get(e.getKey());
                table.put(asString || key instanceof List<?> ? names.get(e.getKey()) : key,
                        group.size() == 1 ? group.getFirst() : group.toArray());
            }
            writeObject(table);
            return;
        }
        for (Map.Entry<String, List<Object>> e : sorted) {
            PSObject group = new PSObject();
            group.addTypeName("Microsoft.PowerShell.Commands.GroupInfo");
            if (noElement) {
                group.addTypeName("Microsoft.PowerShell.Commands.GroupInfoNoElement");
            }
            group.set("Count", e.getValue().size());
            group.set("Name", names.get(e.getKey()));
            group.set("Group", noElement ? new Object[0] : e.getValue().toArray());
            writeObject(group);
        }
    }
}
