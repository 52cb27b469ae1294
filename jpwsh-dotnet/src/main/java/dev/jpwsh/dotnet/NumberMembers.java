package dev.jpwsh.dotnet;

import dev.jpwsh.dotnet.globalization.CultureInfo;
import dev.jpwsh.runtime.format.FormatCulture;
import dev.jpwsh.runtime.format.NumberFormatter;

/** The instance members every .NET number has and Java's boxes lack: {@code ToString(format[, provider])}. */
public final class NumberMembers {
    private NumberMembers() {
    }

    /** {@code ToString()}: the general format in the current culture (casts and interpolation stay invariant). */
    public static String ToString(Number self) {
        return NumberFormatter.format(self, null, FormatCulture.current());
    }

    /** {@code ToString(format)} in the current culture, or {@code ToString(provider)}: that culture's general text. */
    public static String ToString(Number self, Object formatOrProvider) {
        if (formatOrProvider instanceof String format) {
            return NumberFormatter.format(self, format, FormatCulture.current());
        }
        return NumberFormatter.format(self, null, CultureInfo.cultureOf(formatOrProvider));
    }

    public static String ToString(Number self, String format, Object provider) {
        return NumberFormatter.format(self, format, CultureInfo.cultureOf(provider));
    }
}
