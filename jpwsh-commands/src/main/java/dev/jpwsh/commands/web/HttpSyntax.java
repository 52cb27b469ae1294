package dev.jpwsh.commands.web;

/** HTTP's token rule (RFC 9110): the characters a method name or an unquoted parameter value may hold. */
final class HttpSyntax {
    private static final String SEPARATORS = "()<>@,;:\\\"/[]?={}";

    private HttpSyntax() {
    }

    /** Whether {@code text} is a non-empty run of visible ASCII characters other than separators. */
    static boolean isToken(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c > 0x20 && c < 0x7F && SEPARATORS.indexOf(c) < 0);
    }
}
