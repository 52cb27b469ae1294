package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sort-Object: sorts its input by the values themselves or by properties (or script blocks), stably. */
@DotNetName("Microsoft.PowerShell.Commands.SortObjectCommand")
public final class SortObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(position = 0)
    private Object[] property;

    @Parameter
    private boolean descending;

    @Parameter
    private boolean unique;

    @Parameter
    private boolean caseSensitive;

    private final List<Object> items = new ArrayList<>();

    @Override
    protected void processRecord() {
        if (inputObject != null) {
            items.add(inputObject);
        }
    }

    /** One sort key: a property name or script block, and whether it sorts descending. */
    private record SortKey(Object expression, boolean descending) {
    }

    private List<SortKey> keys() {
        List<SortKey> keys = new ArrayList<>();
        if (property == null) {
            keys.add(new SortKey(null, descending));
            return keys;
        }
        for (Object p : property) {
            if (p instanceof java.util.Map<?, ?> spec) {
                Object e = spec.containsKey("Expression") ? spec.get("Expression") : spec.get("E");
                Object d = spec.containsKey("Descending") ? spec.get("Descending") : null;
                Object a = spec.containsKey("Ascending") ? spec.get("Ascending") : null;
                boolean desc = d != null ? LanguagePrimitives.isTrue(d)
                        : a != null ? !LanguagePrimitives.isTrue(a) : descending;
                keys.add(new SortKey(e, desc));
            } else {
                keys.add(new SortKey(p, descending));
            }
        }
        return keys;
    }

    @Override
    protected void endProcessing() {
        List<SortKey> keys = keys();
        Comparator<Object> order = (a, b) -> {
            for (SortKey k : keys) {
                int c = compareKeys(key(a, k.expression()), key(b, k.expression()));
                if (c != 0) {
                    return k.descending() ? -c : c;
                }
            }
            return 0;
        };
        List<Object> sorted = new ArrayList<>(items);
        sorted.sort(order);
        List<Object> seen = new ArrayList<>();
        for (Object item : sorted) {
            if (unique) {
                Object k = key(item, keys.getFirst().expression());
                if (seen.stream().anyMatch(s -> compareKeys(s, k) == 0)) {
                    continue;
                }
                seen.add(k);
            }
            writeObject(item);
        }
    }

    private Object key(Object item, Object expression) {
        if (expression == null) {
            return item;
        }
        if (expression instanceof ScriptBlock block) {
            return block.invokeWithUnderscore(frame(), item);
        }
        return MemberGate.get(frame().context(), item, LanguagePrimitives.toString(expression));
    }

    /** Keys compared as pwsh's LanguagePrimitives.Compare does: null counts as 0 beside a number. */
    private int compareKeys(Object a, Object b) {
        if (a == null && b instanceof Number) {
            a = 0;
        } else if (b == null && a instanceof Number) {
            b = 0;
        }
        if (Comparison.equal(a, b, caseSensitive)) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        return Comparison.test(Comparison.Kind.LT, a, b, caseSensitive) ? -1 : 1;
    }
}
