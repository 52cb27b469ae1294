package dev.jpwsh.format.view;

import java.util.List;

/**
 * What a Format- cmdlet's parameters ask for: the properties (empty: the default ones), the grouping, the view
 * by name, the table and wide switches, the properties -ExcludeProperty leaves out and Format-Custom's -Depth.
 */
public record FormatParameters(List<PropertySpec> properties, PropertySpec groupBy, String view, boolean autoSize,
        boolean hideTableHeaders, boolean wrap, boolean repeatHeader, boolean force, int columns,
        List<String> excludeProperty, int depth) {
    /** Format-Custom's default -Depth: how deep objects nest before they show as their text. */
    public static final int DEFAULT_DEPTH = 5;

    /** Out-Default's: nothing asked. */
    public static final FormatParameters NONE = new FormatParameters(List.of(), null, null, false, false, false,
            false, false, 0, List.of(), DEFAULT_DEPTH);

    /** {@code resolved} without the properties -ExcludeProperty's wildcards leave out. */
    List<PropertySpec> kept(List<PropertySpec> resolved) {
        if (excludeProperty.isEmpty()) {
            return resolved;
        }
        return resolved.stream().filter(p -> p.isScript() || excludeProperty.stream()
                .noneMatch(pattern -> dev.jpwsh.runtime.ops.Wildcard.matches(p.name(), pattern, false))).toList();
    }
}
