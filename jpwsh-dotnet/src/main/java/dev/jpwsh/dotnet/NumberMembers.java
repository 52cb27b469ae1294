package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.format.NumberFormatter;

/** The instance members every .NET number has and Java's boxes lack: {@code ToString(format[, provider])}. */
public final class NumberMembers {
    private NumberMembers() {
    }

    /** {@code ToString(format)} or {@code ToString(provider)}: jpwsh formats with the invariant culture. */
    public static String ToString(Number self, Object formatOrProvider) {
        return NumberFormatter.format(self, formatOrProvider instanceof String format ? format : null);
    }

    public static String ToString(Number self, String format, Object provider) {
        return NumberFormatter.format(self, format);
    }
}
