package dev.jpwsh.commands.utility;

import dev.jpwsh.commands.objects.PropertyExpression;
import dev.jpwsh.runtime.object.ValueBoxes;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Select-Object (select): new objects with the chosen properties (names with wildcards, calculated properties
 * {@code @{Name=..;Expression=..}}, less -ExcludeProperty), one property's values with -ExpandProperty (carrying
 * the -Property values as notes), and the -First / -Last / -Skip / -SkipLast / -Index / -SkipIndex objects,
 * -Unique ones. With -First alone, the commands before it stop once it has its objects (unless -Wait).
 */
@DotNetName("Microsoft.PowerShell.Commands.SelectObjectCommand")
@DefaultParameterSet("DefaultParameter")
public final class SelectObjectCommand extends Cmdlet {
    private static final String DEFAULT = "DefaultParameter";
    private static final String SKIP_LAST = "SkipLastParameter";

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(parameterSetName = DEFAULT, position = 0)
    @Parameter(parameterSetName = SKIP_LAST, position = 0)
    private Object[] property;

    @Parameter(parameterSetName = DEFAULT)
    @Parameter(parameterSetName = SKIP_LAST)
    private String[] excludeProperty;

    @Parameter(parameterSetName = DEFAULT)
    @Parameter(parameterSetName = SKIP_LAST)
    private String expandProperty;

    @Parameter
    private boolean unique;

    @Parameter
    private boolean caseInsensitive;

    @Parameter(parameterSetName = DEFAULT)
    private Integer first;

    @Parameter(parameterSetName = DEFAULT)
    private Integer last;

    @Parameter(parameterSetName = DEFAULT)
    @Parameter(parameterSetName = SKIP_LAST)
    private Integer skip;

    @Parameter(parameterSetName = SKIP_LAST)
    private Integer skipLast;

    @Parameter(parameterSetName = DEFAULT)
    @Parameter(parameterSetName = "IndexParameter")
    private boolean wait;

    @Parameter(parameterSetName = "IndexParameter")
    private Integer[] index;

    @Parameter(parameterSetName = "SkipIndexParameter")
    private Integer[] skipIndex;

    private List<PropertyExpression> properties = List.of();
    private List<PropertyExpression> expand;
    private List<String> excluded = List.of();
    private int seen;
    private int written;
    private final ArrayDeque<Object> held = new ArrayDeque<>();
    private final List<Object> uniqueValues = new ArrayList<>();

    @Override
    protected void beginProcessing() {
        for (Integer n : new Integer[] {first, last, skip, skipLast}) {
            if (n != null && n < 0) {
                throw terminatingError(RuntimeFailures.parameterBinding("ParameterArgumentValidationError",
                        "Cannot validate argument on parameter. The " + n + " argument is less than the minimum "
                                + "allowed range of 0. Supply an argument that is greater than or equal to 0 and then "
                                + "try the command again."));
            }
        }
        try {
            if (excludeProperty != null) {
                excluded = Arrays.asList(excludeProperty);
                if (property == null || property.length == 0) {
                    property = new Object[] {"*"};
                }
            }
            if (property != null) {
                properties = PropertyExpression.parse(property);
            }
            if (expandProperty != null && !expandProperty.isEmpty()) {
                expand = PropertyExpression.parse(new Object[] {expandProperty});
            }
        } catch (PSException e) {
            throw terminatingError(e);
        }
    }

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            return;
        }
        int position = seen++;
        Integer[] chosen = index != null ? index : skipIndex;
        if (chosen != null) {
            boolean listed = Arrays.stream(chosen).anyMatch(i -> i != null && i == position);
            if (listed == (index != null)) {
                emit(inputObject);
            }
            return;
        }
        if (skip != null && position < skip) {
            return;
        }
        if (skipLast != null) {
            held.addLast(inputObject);
            if (held.size() > skipLast) {
                emit(held.removeFirst());
            }
            return;
        }
        if (last != null) {
            held.addLast(inputObject);
            if (held.size() > last) {
                held.removeFirst();
            }
            if (first == null) {
                return;
            }
        }
        if (first != null && written < first) {
            written++;
            emit(inputObject);
            if (written == first && last == null && !wait) {
                stopUpstreamCommands();
            }
        } else if (first == null && last == null) {
            emit(inputObject);
        }
    }

    @Override
    protected void endProcessing() {
        if (last != null && skipLast == null) {
            held.forEach(this::emit);
        }
    }

    private void emit(Object input) {
        try {
            select(input);
        } catch (PSException e) {
            if (e.record().fullyQualifiedErrorId().startsWith("ExpandPropertyNotFound")
                    || e.record().fullyQualifiedErrorId().startsWith("MutlipleExpandProperties")) {
                writeError(e.record());
            } else {
                throw e;
            }
        }
    }

    private void select(Object input) {
        if (properties.isEmpty() && expand == null) {
            write(input);
            return;
        }
        List<PropertyExpression.Value> values = new ArrayList<>();
        for (PropertyExpression p : properties) {
            values.addAll(p.values(frame(), input, excluded));
        }
        if (expand == null) {
            PSObject result = new PSObject();
            result.addTypeName("Selected." + (input instanceof PSObject ? "System.Management.Automation.PSCustomObject"
                    : TypeNames.ofValue(input)));
            for (PropertyExpression.Value v : values) {
                if (result.property(v.name()) != null) {
                    writeError(alreadyExists(v.name(), input, "AlreadyExistingUserSpecifiedPropertyNoExpand"));
                } else {
                    result.set(v.name(), v.value());
                }
            }
            write(result);
            return;
        }
        List<PropertyExpression.Value> expanded = expand.getFirst().values(frame(), input, List.of());
        if (expanded.isEmpty() || !PropertyExpression.hasMember(frame(), input, expandProperty)) {
            throw new PSException(selectError("ExpandPropertyNotFound", "Property \"" + expandProperty
                    + "\" cannot be found.", input));
        }
        Object value = expanded.getFirst().value();
        if (value == null) {
            return;
        }
        for (Object item : Enumeration.isEnumerable(value) ? Enumeration.toList(value) : List.of(value)) {
            if (item != null) {
                write(withNotes(item, values, input));
            }
        }
    }

    /** The expanded value carrying the -Property values as notes, on a copy of its own when it is a value type. */
    private Object withNotes(Object item, List<PropertyExpression.Value> values, Object input) {
        if (values.isEmpty()) {
            return item;
        }
        Object target = ValueBoxes.fresh(item);
        List<String> existing = PropertyExpression.propertyNames(frame(), target);
        for (PropertyExpression.Value v : values) {
            if (existing.stream().anyMatch(v.name()::equalsIgnoreCase)) {
                writeError(alreadyExists(v.name(), input, "AlreadyExistingUserSpecifiedPropertyExpand"));
            } else if (target instanceof PSObject o) {
                o.set(v.name(), v.value());
            } else {
                InstanceMembers.forUpdate(target).add(new PSMember(PSMemberTypes.NoteProperty, v.name(), v.value(),
                        null));
            }
        }
        return target;
    }

    private void write(Object result) {
        if (unique) {
            for (Object seenValue : uniqueValues) {
                if (same(seenValue, result)) {
                    return;
                }
            }
            uniqueValues.add(result);
        }
        writeObject(result);
    }

    private boolean same(Object a, Object b) {
        if (a instanceof PSObject x && b instanceof PSObject y) {
            List<PSObject.Property> px = x.properties();
            List<PSObject.Property> py = y.properties();
            if (px.size() != py.size()) {
                return false;
            }
            for (int i = 0; i < px.size(); i++) {
                if (!px.get(i).name().equalsIgnoreCase(py.get(i).name())
                        || !Comparison.equal(px.get(i).value(), py.get(i).value(), !caseInsensitive)) {
                    return false;
                }
            }
            return true;
        }
        return Comparison.equal(a, b, !caseInsensitive);
    }

    private static ErrorRecord alreadyExists(String name, Object input, String id) {
        return selectError(id, "The property cannot be processed because the property \"" + name
                + "\" already exists.", input);
    }

    private static ErrorRecord selectError(String id, String message, Object target) {
        String category = id.startsWith("Already") ? "InvalidOperation" : "InvalidArgument";
        return new ErrorRecord(new PSRuntimeException(id, category, message, null, "System.ArgumentException"), id,
                category, target, null);
    }
}
