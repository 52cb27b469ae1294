package dev.jpwsh.runtime.ops;

import dev.jpwsh.runtime.format.FormatCulture;

/** A value with .NET format strings of its own ({@code '{0:yyyy-MM-dd}' -f $date}). */
public interface Formattable {
    String format(String format);

    /** {@code ToString(format, culture)}; a value whose text does not depend on the culture ignores it. */
    default String format(String format, FormatCulture culture) {
        return format(format);
    }
}
