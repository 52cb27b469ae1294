package dev.jpwsh.commands.web;

import dev.jpwsh.commands.objects.PropertyExpression;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of ConvertTo-Html: a property or script block, with the label, width and alignment a calculated
 * property may give. {@link #resolve} expands wildcards against an object as pwsh's ResolveNames does.
 */
record HtmlColumn(PropertyExpression expression, String label, String width, String alignment) {
    /** The entries of -Property (each a name, a script block or a hashtable with Label, Expression, Width, Align). */
    static List<HtmlColumn> parse(Object[] entries) {
        List<HtmlColumn> columns = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> map) {
                Map<Object, Object> rest = new LinkedHashMap<>();
                String width = null;
                String alignment = null;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String key = e.getKey() instanceof String s ? s.toLowerCase(java.util.Locale.ROOT) : "";
                    if (!key.isEmpty() && "width".startsWith(key)) {
                        width = LanguagePrimitives.toString(e.getValue());
                    } else if (!key.isEmpty() && "alignment".startsWith(key)) {
                        alignment = LanguagePrimitives.toString(e.getValue());
                    } else {
                        rest.put(e.getKey(), e.getValue());
                    }
                }
                PropertyExpression expression = PropertyExpression.parse(new Object[] {rest}).getFirst();
                columns.add(new HtmlColumn(new PropertyExpression(null, expression.expression()), expression.name(),
                        width, alignment));
            } else {
                columns.add(new HtmlColumn(PropertyExpression.parse(new Object[] {entry}).getFirst(), null, null,
                        null));
            }
        }
        return columns;
    }

    /** This column for {@code input}: a script block as it is, a name only if the object has it, a wildcard each match. */
    List<HtmlColumn> resolve(Frame frame, Object input) {
        if (!(expression.expression() instanceof String pattern)) {
            return List.of(this);
        }
        List<HtmlColumn> resolved = new ArrayList<>();
        List<String> names = PropertyExpression.propertyNames(frame, input);
        if (expression.hasWildcards()) {
            for (String name : names) {
                if (dev.jpwsh.runtime.ops.Wildcard.matches(name, pattern, false)) {
                    resolved.add(new HtmlColumn(new PropertyExpression(null, name), label, width, alignment));
                }
            }
        } else if (PropertyExpression.hasMember(frame, input, pattern)) {
            resolved.add(this);
        }
        return resolved;
    }

    /** The header text: the label, else the property name or script text. */
    String header() {
        if (label != null) {
            return label;
        }
        return LanguagePrimitives.toString(expression.expression());
    }

    /** The cell text: each value's string, HTML-encoded, joined by a comma and a space. */
    String cell(Frame frame, Object input) {
        List<String> parts = new ArrayList<>();
        for (PropertyExpression.Value value : expression.values(frame, input, List.of())) {
            parts.add(value.value() == null ? "" : HtmlText.encode(LanguagePrimitives.toNestedString(value.value())));
        }
        return String.join(", ", parts);
    }
}
