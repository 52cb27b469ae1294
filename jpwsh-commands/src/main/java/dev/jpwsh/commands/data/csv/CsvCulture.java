package dev.jpwsh.commands.data.csv;

import dev.jpwsh.dotnet.globalization.CultureInfo;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.convert.LanguagePrimitives;

/** The list separator of the current culture, which -UseCulture takes as the delimiter. */
final class CsvCulture {
    private CsvCulture() {
    }

    /** The first character of {@code CurrentCulture.TextInfo.ListSeparator}; a comma when the culture has none. */
    static char listSeparator() {
        try {
            Object textInfo = Members.get(CultureInfo.getCurrentCulture(), "TextInfo");
            String separator = textInfo == null ? null
                    : LanguagePrimitives.toString(Members.get(textInfo, "ListSeparator"));
            return separator == null || separator.isEmpty() ? ',' : separator.charAt(0);
        } catch (RuntimeException e) {
            return ',';
        }
    }
}
