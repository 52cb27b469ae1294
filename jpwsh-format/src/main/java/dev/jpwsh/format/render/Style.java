package dev.jpwsh.format.render;

import dev.jpwsh.engine.host.PSStyle;

/**
 * The escape sequences output is decorated with: the table header's and list label's styles and the reset
 * sequence, as {@code $PSStyle.Formatting} holds them, or all empty for plain text.
 */
public record Style(String tableHeader, String formatAccent, String reset) {
    /** No decoration: what redirected output and {@code OutputRendering = PlainText} get. */
    public static final Style PLAIN = new Style("", "", "");

    /**
     * The decoration {@code $PSStyle} asks for now: its Formatting sequences with OutputRendering Ansi, or Host
     * when the output is a terminal; none with PlainText or Host elsewhere.
     */
    public static Style current(boolean terminal) {
        PSStyle style = PSStyle.instance();
        boolean decorate = switch (style.getOutputRendering()) {
            case Ansi -> true;
            case PlainText -> false;
            case Host -> terminal;
        };
        return decorate ? new Style(style.getFormatting().getTableHeader(), style.getFormatting().getFormatAccent(),
                style.getReset()) : PLAIN;
    }
}
