package dev.jpwsh.format.view;

import java.util.List;

/**
 * What a Format- cmdlet's parameters ask for: the properties (empty: the default ones), the grouping, the view
 * by name, the table and wide switches, and the properties -ExcludeProperty leaves out.
 */
public record FormatParameters(List<PropertySpec> properties, PropertySpec groupBy, String view, boolean autoSize,
        boolean hideTableHeaders, boolean wrap, boolean repeatHeader, boolean force, int columns,
        List<String> excludeProperty) {
    /** Out-Default's: nothing asked. */
    public static final FormatParameters NONE = new FormatParameters(List.of(), null, null, false, false, false,
            false, false, 0, List.of());

    /** {@code resolved} without the properties -ExcludeProperty's wildcards leave out. */
    List<PropertySpec> kept(List<PropertySpec> resolved) {
        if (excludeProperty.isEmpty()) {
            return resolved;
        }
        return resolved.stream().filter(p -> p.isScript() || excludeProperty.stream()
                .noneMatch(pattern -> dev.jpwsh.runtime.ops.Wildcard.matches(p.name(), pattern, false))).toList();
    }
}
