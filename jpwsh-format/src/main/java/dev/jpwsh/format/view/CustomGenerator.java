package dev.jpwsh.format.view;

import dev.jpwsh.format.data.FormatData;
import dev.jpwsh.format.view.ViewDefinition.CustomControl;

/**
 * Custom entries: a custom view's text, or, without one, the object as Format-Custom lays it out ({@link CustomTree}).
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
        return new FormatData.RawText(CustomTree.of(value, parameters, evaluator));
    }

    @Override
    public boolean appliesTo(Object value) {
        return view == null || view.matches(value);
    }
}
