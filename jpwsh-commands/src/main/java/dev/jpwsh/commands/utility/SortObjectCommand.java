package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sort-Object: sorts its input by the values themselves or by properties (or script blocks), stably. */
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

    @Override
    protected void endProcessing() {
        Comparator<Object> order = (a, b) -> compareKeys(key(a), key(b));
        List<Object> sorted = new ArrayList<>(items);
        sorted.sort(descending ? order.reversed() : order);
        List<Object> seen = new ArrayList<>();
        for (Object item : sorted) {
            if (unique) {
                Object k = key(item);
                if (seen.stream().anyMatch(s -> compareKeys(s, k) == 0)) {
                    continue;
                }
                seen.add(k);
            }
            writeObject(item);
        }
    }

    private Object key(Object item) {
        if (property == null || property.length == 0) {
            return item;
        }
        Object p = property[0];
        if (p instanceof ScriptBlock block) {
            return block.invokeWithUnderscore(frame(), item);
        }
        return Members.get(item, LanguagePrimitives.toString(p));
    }

    private int compareKeys(Object a, Object b) {
        if (Comparison.equal(a, b, caseSensitive)) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        return Comparison.test(Comparison.Kind.LT, a, b, caseSensitive) ? -1 : 1;
    }
}
