package dev.jpwsh.format.view;

import java.util.List;

/**
 * What a Format- cmdlet's parameters ask for: the properties (empty: the default ones), the grouping, the view
 * by name, and the table and wide switches.
 */
public record FormatParameters(List<PropertySpec> properties, PropertySpec groupBy, String view, boolean autoSize,
        boolean hideTableHeaders, boolean wrap, boolean repeatHeader, boolean force, int columns) {
    /** Out-Default's: nothing asked. */
    public static final FormatParameters NONE = new FormatParameters(List.of(), null, null, false, false, false,
            false, false, 0);
}
