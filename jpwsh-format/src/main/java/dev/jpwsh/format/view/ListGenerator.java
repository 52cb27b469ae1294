package dev.jpwsh.format.view;

import dev.jpwsh.format.data.FormatData;
import dev.jpwsh.format.view.ViewDefinition.ListControl;
import dev.jpwsh.format.view.ViewDefinition.ListItem;
import java.util.ArrayList;
import java.util.List;

/**
 * List entries from a list view or from each object's own properties: the -Property entries (wildcards expanded,
 * properties the object lacks left out) or, without them, all its properties.
 */
final class ListGenerator implements Generator {
    private final ViewDefinition view;
    private final FormatParameters parameters;
    private final Evaluator evaluator;

    ListGenerator(ViewDefinition view, FormatParameters parameters, Evaluator evaluator) {
        this.view = view;
        this.parameters = parameters;
        this.evaluator = evaluator;
    }

    @Override
    public FormatData.Shape start(Object first) {
        return new FormatData.ListShape();
    }

    @Override
    public ViewDefinition.GroupBy viewGroupBy() {
        return view == null ? null : ((ListControl) view.control()).groupBy();
    }

    @Override
    public FormatData.Entry entry(Object value) {
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int limit = evaluator.enumerationLimit();
        if (view != null) {
            for (ListItem item : ((ListControl) view.control()).items()) {
                if (item.shownFor() != null && !item.shownFor().test(value)) {
                    continue;
                }
                labels.add(item.label() != null ? item.label() : TableGenerator.label(item.value()));
                values.add(ValueText.of(TableGenerator.valueOf(item.value(), value, evaluator), limit,
                        item.formatString(), false));
            }
            return new FormatData.ListEntry(labels, values);
        }
        for (PropertySpec p : properties(value)) {
            labels.add(p.heading());
            values.add(ValueText.of(p.value(value, evaluator), limit, p.formatString(), false));
        }
        return new FormatData.ListEntry(labels, values);
    }

    private List<PropertySpec> properties(Object value) {
        List<PropertySpec> out = new ArrayList<>();
        if (parameters.properties().isEmpty()) {
            for (String name : ObjectProperties.displayed(value, evaluator.typeData())) {
                out.add(PropertySpec.of(name));
            }
            return out;
        }
        for (PropertySpec p : parameters.properties()) {
            out.addAll(p.resolve(value, true));
        }
        return parameters.kept(out);
    }

    @Override
    public boolean appliesTo(Object value) {
        return view == null || view.matches(value);
    }
}
