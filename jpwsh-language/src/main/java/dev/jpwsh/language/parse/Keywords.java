package dev.jpwsh.language.parse;

import dev.jpwsh.language.token.Token;
import dev.jpwsh.language.token.TokenKind;
import java.util.Locale;
import java.util.Set;

/**
 * PowerShell's keywords. The tokenizer leaves them as barewords; the parser recognises them where a statement
 * or block may start, so that {@code Write-Output if} still passes the word {@code if}.
 */
final class Keywords {
    static final Set<String> ALL = Set.of("begin", "break", "catch", "class", "clean", "continue", "data", "define",
            "do", "dynamicparam", "else", "elseif", "end", "enum", "exit", "filter", "finally", "for", "foreach",
            "from", "function", "hidden", "if", "in", "param", "parallel", "process", "return", "sequence", "static",
            "switch", "throw", "trap", "try", "until", "using", "var", "while", "workflow", "configuration",
            "inlinescript");

    /** Keywords that only continue a statement, so one of them at the start of a statement is out of place. */
    static final Set<String> CONTINUATIONS = Set.of("else", "elseif", "catch", "until", "finally");

    static final Set<String> BLOCK_NAMES = Set.of("begin", "process", "end", "clean", "dynamicparam");

    private Keywords() {
    }

    /** The keyword a bareword token spells, lower-cased, or null. */
    static String of(Token token) {
        if (!token.is(TokenKind.GENERIC) && !token.is(TokenKind.IDENTIFIER)) {
            return null;
        }
        if (!token.parts().isEmpty() || token.text().length() > 13) {
            return null;
        }
        String word = token.text().toLowerCase(Locale.ROOT);
        return ALL.contains(word) ? word : null;
    }

    static boolean isContinuation(Token token) {
        String keyword = of(token);
        return keyword != null && CONTINUATIONS.contains(keyword);
    }

    static boolean is(Token token, String keyword) {
        return keyword.equals(of(token));
    }
}
