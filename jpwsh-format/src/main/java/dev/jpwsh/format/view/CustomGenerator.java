package dev.jpwsh.format.view;

import dev.jpwsh.format.data.FormatData;
import dev.jpwsh.format.view.ViewDefinition.CustomControl;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.List;

/**
 * Custom entries: a custom view's text, or, without one, the object as Format-Custom shows it: its class name
 * and its properties one per line between braces.
 */
final class CustomGenerator implements Generator {
    private final ViewDefinition view;
    private final FormatParameters parameters;
    private final Evaluator evaluator;

    CustomGenerator(ViewDefinition view, FormatParameters parameters, Evaluator evaluator) {
        this.view = view;
        this.parameters = parameters;
        this.evaluator = evaluator;
    }

    @Override
    public FormatData.Shape start(Object first) {
        return new FormatData.CustomShape();
    }

    @Override
    public FormatData.Entry entry(Object value) {
        if (view != null) {
            return new FormatData.RawText(((CustomControl) view.control()).text().apply(value));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("class ").append(TypeNames.simpleName(ObjectProperties.typeNames(value).getFirst())).append('\n');
        sb.append("{\n");
        List<PropertySpec> properties = parameters.properties().isEmpty()
                ? ObjectProperties.names(value).stream().map(PropertySpec::of).toList() : parameters.properties();
        for (PropertySpec spec : properties) {
            for (PropertySpec p : spec.resolve(value, true)) {
                sb.append("  ").append(p.heading()).append(" = ")
                        .append(ValueText.of(p.value(value, evaluator), evaluator.enumerationLimit(),
                                p.formatString(), false)).append('\n');
            }
        }
        sb.append('}');
        return new FormatData.RawText(sb.toString());
    }

    @Override
    public boolean appliesTo(Object value) {
        return view == null || view.matches(value);
    }
}
