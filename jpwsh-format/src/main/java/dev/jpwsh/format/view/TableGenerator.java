package dev.jpwsh.format.view;

import dev.jpwsh.format.data.FormatData;
import dev.jpwsh.format.data.FormatData.Alignment;
import dev.jpwsh.format.data.FormatData.Column;
import dev.jpwsh.format.view.ViewDefinition.ComputedValue;
import dev.jpwsh.format.view.ViewDefinition.PropertyValue;
import dev.jpwsh.format.view.ViewDefinition.ScriptValue;
import dev.jpwsh.format.view.ViewDefinition.TableColumn;
import dev.jpwsh.format.view.ViewDefinition.TableControl;
import java.util.ArrayList;
import java.util.List;

/**
 * Table rows from a table view or from the first object's properties: the -Property entries (wildcards expanded
 * against the first object) or, without them, its properties up to ten.
 */
final class TableGenerator implements Generator {
    private static final int MAX_DEFAULT_COLUMNS = 10;

    private final ViewDefinition view;
    private final FormatParameters parameters;
    private final Evaluator evaluator;
    private List<PropertySpec> columns;

    TableGenerator(ViewDefinition view, FormatParameters parameters, Evaluator evaluator) {
        this.view = view;
        this.parameters = parameters;
        this.evaluator = evaluator;
    }

    @Override
    public FormatData.Shape start(Object first) {
        List<Column> header = new ArrayList<>();
        boolean hide = parameters.hideTableHeaders();
        boolean autoSize = parameters.autoSize();
        boolean wrap = parameters.wrap();
        if (view != null) {
            TableControl control = (TableControl) view.control();
            for (TableColumn c : control.columns()) {
                header.add(new Column(c.label() != null ? c.label() : label(c.value()), c.width(), c.alignment()));
            }
            hide |= control.hideHeaders();
            autoSize |= control.autoSize();
            wrap |= control.wrap();
        } else {
            columns = associations(first);
            for (PropertySpec p : columns) {
                Alignment alignment = p.alignment() != Alignment.UNDEFINED ? p.alignment()
                        : ValueText.alignsRight(p.value(first, evaluator)) ? Alignment.RIGHT : Alignment.LEFT;
                header.add(new Column(p.heading(), p.width(), alignment));
            }
        }
        return new FormatData.TableShape(header, hide, parameters.repeatHeader(), autoSize, wrap);
    }

    private List<PropertySpec> associations(Object first) {
        List<PropertySpec> out = new ArrayList<>();
        if (!parameters.properties().isEmpty()) {
            for (PropertySpec p : parameters.properties()) {
                out.addAll(p.resolve(first, false));
            }
            return parameters.kept(out);
        }
        for (String name : ObjectProperties.displayed(first, evaluator.typeData())) {
            if (out.size() == MAX_DEFAULT_COLUMNS) {
                break;
            }
            out.add(PropertySpec.of(name));
        }
        return out;
    }

    @Override
    public FormatData.Entry entry(Object value) {
        List<String> cells = new ArrayList<>();
        List<Alignment> alignments = new ArrayList<>();
        int limit = evaluator.enumerationLimit();
        if (view != null) {
            for (TableColumn c : ((TableControl) view.control()).columns()) {
                cells.add(ValueText.of(valueOf(c.value(), value, evaluator), limit, c.formatString(), false));
                alignments.add(Alignment.UNDEFINED);
            }
        } else {
            for (PropertySpec p : columns) {
                cells.add(ValueText.of(p.value(value, evaluator), limit, p.formatString(), p.formatString() == null));
                alignments.add(Alignment.UNDEFINED);
            }
        }
        return new FormatData.TableRow(cells, alignments);
    }

    @Override
    public boolean appliesTo(Object value) {
        return view == null || view.matches(value);
    }

    @Override
    public ViewDefinition.GroupBy viewGroupBy() {
        return view == null ? null : ((TableControl) view.control()).groupBy();
    }

    static String label(ViewDefinition.Value value) {
        return switch (value) {
            case PropertyValue p -> p.name();
            case ScriptValue s -> s.script().toString();
            case ComputedValue c -> "";
        };
    }

    static Object valueOf(ViewDefinition.Value source, Object target, Evaluator evaluator) {
        try {
            return switch (source) {
                case PropertyValue p -> evaluator.property(target, p.name());
                case ComputedValue c -> c.compute().apply(target);
                case ScriptValue s -> evaluator.script(s.script(), target);
            };
        } catch (dev.jpwsh.engine.exec.PSException | dev.jpwsh.runtime.error.PSRuntimeException failed) {
            return null;
        }
    }
}
