package dev.jpwsh.format.render;

/**
 * The escape sequences output is decorated with: the table header's and list label's styles and the reset
 * sequence, as {@code $PSStyle.Formatting} holds them, or all empty for plain text.
 */
public record Style(String tableHeader, String formatAccent, String reset) {
    /** No decoration: what redirected output and {@code OutputRendering = PlainText} get. */
    public static final Style PLAIN = new Style("", "", "");

    /** pwsh's default decoration for a terminal: green bold table headers and list labels. */
    public static final Style ANSI = new Style("\u001b[32;1m", "\u001b[32;1m", "\u001b[0m");
}
