package dev.jpwsh.commands.objects;

import dev.jpwsh.engine.command.AllowEmptyCollection;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.ValueBoxes;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.ArrayList;
import java.util.List;

/**
 * Compare-Object: walks the difference objects against the reference objects as pwsh does (each pair in step, then
 * the backlogs of the last -SyncWindow unmatched objects on each side), writing what is only on one side
 * ({@code <=}, {@code =>}) and with -IncludeEqual what is on both ({@code ==}); by whole objects or by -Property
 * values; -PassThru writes the objects themselves with a SideIndicator note.
 */
@DotNetName("Microsoft.PowerShell.Commands.CompareObjectCommand")
public final class CompareObjectCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true)
    @AllowEmptyCollection
    private Object[] referenceObject;

    @Parameter(position = 1, mandatory = true, valueFromPipeline = true)
    @AllowEmptyCollection
    private Object[] differenceObject;

    @Parameter
    private Integer syncWindow;

    @Parameter
    private Object[] property;

    @Parameter
    private boolean ignoreWhiteSpace;

    @Parameter
    private boolean excludeDifferent;

    @Parameter
    private Boolean includeEqual;

    @Parameter
    private boolean passThru;

    @Parameter
    private String culture;

    @Parameter
    private boolean caseSensitive;

    /** One input object and the values it is compared by. */
    private record Entry(Object input, List<Object> keys) {
    }

    private List<PropertyExpression> expressions;
    private List<Entry> references;
    private int referenceIndex;
    private final List<Entry> referenceBacklog = new ArrayList<>();
    private final List<Entry> differenceBacklog = new ArrayList<>();
    private boolean showEqual;
    private int window;

    @Override
    protected void beginProcessing() {
        showEqual = includeEqual != null ? includeEqual : excludeDifferent;
        window = syncWindow == null ? Integer.MAX_VALUE : syncWindow;
        try {
            expressions = property == null || property.length == 0 ? null : PropertyExpression.parse(property);
        } catch (PSException e) {
            throw terminatingError(e);
        }
        references = new ArrayList<>();
        for (Object r : referenceObject) {
            references.add(entry(r));
        }
    }

    @Override
    protected void processRecord() {
        if (references.isEmpty()) {
            if (differenceObject != null) {
                for (Object d : differenceObject) {
                    emit(entry(d), "=>");
                }
            }
            return;
        }
        if (differenceObject == null || differenceObject.length == 0) {
            process(null);
            return;
        }
        for (Object d : differenceObject) {
            process(entry(d));
        }
    }

    @Override
    protected void endProcessing() {
        while (referenceIndex < references.size()) {
            process(null);
        }
        differenceBacklog.forEach(e -> emit(e, "=>"));
        referenceBacklog.forEach(e -> emit(e, "<="));
    }

    private void process(Entry difference) {
        Entry reference = referenceIndex < references.size() ? references.get(referenceIndex++) : null;
        if (reference != null && difference != null && same(reference, difference)) {
            emit(reference, "==");
            return;
        }
        if (difference != null && matchAndRemove(difference, referenceBacklog) != null) {
            emit(difference, "==");
            difference = null;
        }
        if (reference != null && matchAndRemove(reference, differenceBacklog) != null) {
            emit(reference, "==");
            reference = null;
        }
        if (difference != null) {
            backlog(difference, differenceBacklog, "=>");
        }
        if (reference != null) {
            backlog(reference, referenceBacklog, "<=");
        }
    }

    private void backlog(Entry entry, List<Entry> backlog, String side) {
        if (window <= 0) {
            emit(entry, side);
            return;
        }
        while (backlog.size() >= window) {
            emit(backlog.removeFirst(), side);
        }
        backlog.add(entry);
    }

    private Entry matchAndRemove(Entry match, List<Entry> list) {
        for (int i = 0; i < list.size(); i++) {
            if (same(match, list.get(i))) {
                return list.remove(i);
            }
        }
        return null;
    }

    private boolean same(Entry a, Entry b) {
        for (int i = 0; i < a.keys().size(); i++) {
            Object x = a.keys().get(i);
            Object y = b.keys().get(i);
            boolean equal = x == null || y == null ? x == y
                    : x instanceof String || x instanceof Number || x instanceof Boolean || x instanceof Character
                    ? Comparison.equal(x, y, caseSensitive)
                    : text(x).equals(text(y)) || !caseSensitive && text(x).equalsIgnoreCase(text(y));
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    private static String text(Object value) {
        return LanguagePrimitives.toString(value);
    }

    private Entry entry(Object input) {
        List<Object> keys = new ArrayList<>();
        if (expressions == null) {
            keys.add(normalized(input));
        } else {
            for (PropertyExpression e : expressions) {
                List<PropertyExpression.Value> values = e.values(frame(), input, List.of());
                keys.add(normalized(values.isEmpty() ? null : values.getFirst().value()));
            }
        }
        return new Entry(input, keys);
    }

    private Object normalized(Object value) {
        return ignoreWhiteSpace && value instanceof String s ? s.replaceAll("\\s+", "") : value;
    }

    private void emit(Entry entry, String side) {
        if ("==".equals(side) ? !showEqual : excludeDifferent) {
            return;
        }
        if (passThru) {
            Object target = entry.input() instanceof PSObject ? entry.input() : ValueBoxes.fresh(entry.input());
            if (target instanceof PSObject o) {
                o.set("SideIndicator", side);
            } else if (target != null) {
                InstanceMembers.forUpdate(target).add(new PSMember(PSMemberTypes.NoteProperty, "SideIndicator", side,
                        null));
            }
            writeObject(target);
            return;
        }
        PSObject result = new PSObject();
        if (expressions == null) {
            result.set("InputObject", entry.input());
        } else {
            for (int i = 0; i < expressions.size(); i++) {
                String name = String.valueOf(expressions.get(i).expression());
                if (result.property(name) == null) {
                    result.set(name, entry.keys().get(i));
                }
            }
        }
        result.set("SideIndicator", side);
        writeObject(result);
    }
}
