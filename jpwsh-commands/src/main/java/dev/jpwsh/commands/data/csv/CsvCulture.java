package dev.jpwsh.commands.data.csv;

import dev.jpwsh.dotnet.globalization.CultureInfo;

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
        String separator = CultureInfo.getCurrentCulture().getTextInfo().getListSeparator();
        return separator.isEmpty() ? ',' : separator.charAt(0);
    }
}
