package dev.jpwsh.commands.data.csv;

import dev.jpwsh.dotnet.globalization.CultureInfo;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.convert.LanguagePrimitives;

/** The delimiter of the CSV cmdlets: -Delimiter, the current culture's list separator under -UseCulture, or a comma. */
final class CsvCulture {
    private CsvCulture() {
    }

    /** The separator -UseCulture or -Delimiter (null when not given) chooses. */
    static char delimiter(boolean useCulture, Character delimiter) {
        return useCulture ? listSeparator() : delimiter == null ? ',' : delimiter;
    }

    /** The first character of {@code CurrentCulture.TextInfo.ListSeparator}; a comma when the culture has none. */
    private static char listSeparator() {
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
