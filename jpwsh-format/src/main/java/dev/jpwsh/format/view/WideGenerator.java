package dev.jpwsh.format.view;

import dev.jpwsh.format.data.FormatData;
import dev.jpwsh.format.view.ViewDefinition.WideControl;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.List;

/**
 * Wide cells from a wide view, the first -Property entry, or the object's display name: its Name, Id or Key
 * property, else its string.
 */
final class WideGenerator implements Generator {
    /** pwsh's well-known display-name patterns, tried in order. */
    private static final List<String> DISPLAY_NAMES = List.of("name", "id", "key", "*key", "*name", "*id");

    private final ViewDefinition view;
    private final FormatParameters parameters;
    private final Evaluator evaluator;

    WideGenerator(ViewDefinition view, FormatParameters parameters, Evaluator evaluator) {
        this.view = view;
        this.parameters = parameters;
        this.evaluator = evaluator;
    }

    @Override
    public FormatData.Shape start(Object first) {
        return new FormatData.WideShape(parameters.columns(), parameters.autoSize());
    }

    @Override
    public ViewDefinition.GroupBy viewGroupBy() {
        return view == null ? null : ((WideControl) view.control()).groupBy();
    }

    @Override
    public FormatData.Entry entry(Object value) {
        int limit = evaluator.enumerationLimit();
        if (view != null) {
            Object v = TableGenerator.valueOf(((WideControl) view.control()).value(), value, evaluator);
            return new FormatData.WideEntry(ValueText.of(v, limit, null, false));
        }
        if (!parameters.properties().isEmpty()) {
            PropertySpec p = parameters.properties().getFirst();
            List<PropertySpec> resolved = parameters.kept(p.resolve(value, false));
            PropertySpec used = resolved.isEmpty() ? p : resolved.getFirst();
            return new FormatData.WideEntry(ValueText.of(used.value(value, evaluator), limit, used.formatString(),
                    false));
        }
        List<String> names = ObjectProperties.names(value);
        for (String candidate : DISPLAY_NAMES) {
            for (String n : names) {
                if (Wildcard.matches(n, candidate, false)) {
                    return new FormatData.WideEntry(ValueText.of(evaluator.property(value, n), limit, null, false));
                }
            }
        }
        return new FormatData.WideEntry(ValueText.plain(value));
    }

    @Override
    public boolean appliesTo(Object value) {
        return view == null || view.matches(value);
    }
}
