package dev.jpwsh.format.view;

import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.format.data.FormatData.Alignment;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a Format- cmdlet's -Property (or -GroupBy): a property name (wildcards allowed) or a script block,
 * with what a calculated property's hashtable adds: label, FormatString, Width and Alignment.
 */
public record PropertySpec(String label, Object expression, String formatString, int width, Alignment alignment) {
    /** A plain property name or script block. */
    public static PropertySpec of(Object expression) {
        return new PropertySpec(null, expression, null, 0, Alignment.UNDEFINED);
    }

    boolean isScript() {
        return expression instanceof ScriptBlock;
    }

    String name() {
        return isScript() ? expression.toString() : LanguagePrimitives.toString(expression);
    }

    /** The column or line heading: the label if one was given, else the property name or the script's text. */
    String heading() {
        return label != null ? label : name();
    }

    boolean hasWildcards() {
        return !isScript() && Wildcard.containsWildcardCharacters(name());
    }

    /**
     * This entry for {@code target}: itself for a script or a name without wildcards (unless {@code existingOnly}
     * and the object lacks it), the properties a property set names, else one entry per matching property.
     */
    List<PropertySpec> resolve(Object target, boolean existingOnly) {
        List<PropertySpec> out = new ArrayList<>();
        if (isScript()) {
            out.add(this);
            return out;
        }
        List<String> names = ObjectProperties.names(target);
        dev.jpwsh.runtime.object.PSMember set = hasWildcards() || target == null ? null
                : dev.jpwsh.engine.types.ExtendedMembers.find(target, name());
        if (set != null && set.kind() == dev.jpwsh.runtime.object.PSMemberTypes.PropertySet) {
            for (Object n : set.items()) {
                out.add(new PropertySpec(null, String.valueOf(n), formatString, width, alignment));
            }
            return out;
        }
        if (!hasWildcards()) {
            if (!existingOnly || contains(names, name()) || dev.jpwsh.engine.types.Members.has(target, name())) {
                out.add(this);
            }
            return out;
        }
        for (String n : names) {
            if (Wildcard.matches(n, name(), false)) {
                out.add(new PropertySpec(label, n, formatString, width, alignment));
            }
        }
        return out;
    }

    /** The value for {@code target}, or null when reading it fails. */
    Object value(Object target, Evaluator evaluator) {
        try {
            return expression instanceof ScriptBlock block ? evaluator.script(block, target)
                    : evaluator.property(target, name());
        } catch (dev.jpwsh.engine.exec.PSException | dev.jpwsh.runtime.error.PSRuntimeException failed) {
            return null;
        }
    }

    private static boolean contains(List<String> names, String name) {
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
