package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.dotnet.collections.IntrospectiveSort;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.format.FormatCulture;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sort-Object: sorts its input by the values themselves or by properties (or script blocks), each worked out once per
 * object. Without -Stable, -Top or -Bottom equal items land where .NET's unstable List.Sort puts them, as in pwsh;
 * with them the order is stable. -Top and -Bottom keep the first or last N; -Culture compares strings in that
 * culture's collation.
 */
@DefaultParameterSet("Default")
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

    @Parameter
    private String culture;

    @Parameter(parameterSetName = "Default")
    private boolean stable;

    @Parameter(parameterSetName = "Top", mandatory = true)
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int top;

    @Parameter(parameterSetName = "Bottom", mandatory = true)
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int bottom;

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
                Object d = entry(spec, "Descending");
                Object a = entry(spec, "Ascending");
                boolean conflicting = a != null && d != null
                        && LanguagePrimitives.isTrue(a) == LanguagePrimitives.isTrue(d);
                boolean desc = conflicting ? descending
                        : a != null ? !LanguagePrimitives.isTrue(a)
                        : d != null ? LanguagePrimitives.isTrue(d) : descending;
                keys.add(new SortKey(entry(spec, "Expression"), desc));
            } else {
                keys.add(new SortKey(p, descending));
            }
        }
        return keys;
    }

    /** A hashtable entry whose key is {@code name} or a prefix of it, in any case, as pwsh reads sort hashtables. */
    private static Object entry(java.util.Map<?, ?> spec, String name) {
        for (java.util.Map.Entry<?, ?> e : spec.entrySet()) {
            String key = LanguagePrimitives.toString(e.getKey());
            if (!key.isEmpty() && name.regionMatches(true, 0, key, 0, key.length()) && key.length() <= name.length()) {
                return e.getValue();
            }
        }
        return null;
    }

    /** An input object with its sort keys, worked out once as pwsh's OrderByPropertyEntry holds them. */
    private record Entry(Object item, Object[] keys) {
    }

    @Override
    protected void endProcessing() {
        List<SortKey> sortKeys = keys();
        java.text.Collator collator = collator();
        Comparator<Entry> order = (a, b) -> {
            for (int i = 0; i < sortKeys.size(); i++) {
                int c = compareKeys(a.keys()[i], b.keys()[i], collator);
                if (c != 0) {
                    return sortKeys.get(i).descending() ? -c : c;
                }
            }
            return 0;
        };
        List<Entry> sorted = new ArrayList<>(items.size());
        for (Object item : items) {
            Object[] values = new Object[sortKeys.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = key(item, sortKeys.get(i).expression());
            }
            sorted.add(new Entry(item, values));
        }
        if (stable || top > 0 || bottom > 0) {
            sorted.sort(order);
        } else {
            IntrospectiveSort.sort(sorted, order);
        }
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : sorted) {
            if (!unique || kept.isEmpty() || order.compare(kept.getLast(), entry) != 0) {
                kept.add(entry);
            }
        }
        int from = bottom > 0 ? Math.max(0, kept.size() - bottom) : 0;
        int to = top > 0 ? Math.min(top, kept.size()) : kept.size();
        kept.subList(from, to).forEach(entry -> writeObject(entry.item()));
    }

    /** -Culture: that culture's collation for strings (case-blind unless -CaseSensitive); null without it. */
    private java.text.Collator collator() {
        if (culture == null) {
            return null;
        }
        FormatCulture known = FormatCulture.forName(culture);
        java.text.Collator collator = java.text.Collator.getInstance(known == null ? java.util.Locale.ROOT
                : java.util.Locale.forLanguageTag(known.name()));
        collator.setStrength(caseSensitive ? java.text.Collator.TERTIARY : java.text.Collator.SECONDARY);
        return collator;
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

    /**
     * Keys compared as pwsh's ObjectCommandComparer does: null counts as 0 beside a number, and values that do not
     * compare (a number and a word) compare as text.
     */
    private int compareKeys(Object a, Object b, java.text.Collator collator) {
        if (collator != null && a instanceof String s && b instanceof String t) {
            return Integer.signum(collator.compare(s, t));
        }
        if (a == null && b instanceof Number) {
            a = 0;
        } else if (b == null && a instanceof Number) {
            b = 0;
        }
        if (caseSensitive && a instanceof String s && b instanceof String t) {
            return compareCaseSensitive(s, t);
        }
        if (Comparison.equal(a, b, caseSensitive)) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (Comparison.test(Comparison.Kind.LT, a, b, caseSensitive)) {
            return -1;
        }
        if (Comparison.test(Comparison.Kind.GT, a, b, caseSensitive)) {
            return 1;
        }
        String s = LanguagePrimitives.toString(a);
        String t = LanguagePrimitives.toString(b);
        return collator != null ? Integer.signum(collator.compare(s, t)) : caseSensitive ? compareCaseSensitive(s, t)
                : Comparison.compareIgnoreCase(s, t);
    }

    /** Culture order with case: first the case-blind order, then a lower-case letter before its capital. */
    private static int compareCaseSensitive(String a, String b) {
        int c = Comparison.test(Comparison.Kind.EQ, a, b, false) ? 0
                : Comparison.test(Comparison.Kind.LT, a, b, false) ? -1 : 1;
        return c != 0 ? c : Integer.signum(b.compareTo(a));
    }
}
