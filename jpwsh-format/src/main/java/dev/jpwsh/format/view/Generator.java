package dev.jpwsh.format.view;

import dev.jpwsh.format.data.FormatData;

/** Makes the formatting objects of one shape for a run of objects, as pwsh's view generators do. */
sealed interface Generator permits TableGenerator, ListGenerator, WideGenerator, CustomGenerator {
    /** The shape the run has, decided with its first object. */
    FormatData.Shape start(Object first);

    /** What {@code value} shows as. */
    FormatData.Entry entry(Object value);

    /** Whether {@code value} belongs in this run; one that does not prints on its own (out of band). */
    boolean appliesTo(Object value);

    /** The view's grouping, or null. */
    default ViewDefinition.GroupBy viewGroupBy() {
        return null;
    }
}
