package dev.jpwsh.console.errorview;

/**
 * The escape sequences the error view colours with: pwsh's default {@code $PSStyle.Formatting.Error} and
 * {@code ErrorAccent}, or nothing at all when the output is not a terminal.
 */
public record ErrorStyle(String error, String accent, String reset) {
    public static final ErrorStyle PLAIN = new ErrorStyle("", "", "");
    public static final ErrorStyle ANSI = new ErrorStyle("\u001b[31;1m", "\u001b[36;1m", "\u001b[0m");
}
