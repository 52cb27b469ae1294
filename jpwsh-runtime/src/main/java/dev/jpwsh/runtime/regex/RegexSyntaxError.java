package dev.jpwsh.runtime.regex;

import dev.jpwsh.runtime.error.PSRuntimeException;

/** .NET's RegexParseException for a pattern it cannot read, worded as .NET 8 words it. */
final class RegexSyntaxError {
    private RegexSyntaxError() {
    }

    static PSRuntimeException at(String pattern, int offset, String reason) {
        return new PSRuntimeException("RegexParseException", "InvalidArgument", "Invalid pattern '" + pattern
                + "' at offset " + Math.min(offset, pattern.length()) + ". " + reason, null,
                "System.Text.RegularExpressions.RegexParseException");
    }
}
