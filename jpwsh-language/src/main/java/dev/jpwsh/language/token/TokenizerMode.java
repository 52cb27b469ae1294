package dev.jpwsh.language.token;

/**
 * How the tokenizer reads the next token; the parser chooses, as PowerShell's does.
 * <ul>
 * <li>COMMAND: argument mode. Barewords are GENERIC, a number only if the whole word is one, {@code -name} a
 *     PARAMETER, {@code 2>&1} a REDIRECTION.</li>
 * <li>EXPRESSION: operators ({@code -eq}, {@code +=}, {@code ..}), numbers, barewords as IDENTIFIER.</li>
 * <li>TYPE_NAME: inside {@code [ ]}: dotted names as IDENTIFIER, brackets and commas.</li>
 * <li>MEMBER: after {@code .} or {@code ::}: a member name as IDENTIFIER (keywords and digits allowed).</li>
 * </ul>
 */
public enum TokenizerMode {
    COMMAND, EXPRESSION, TYPE_NAME, MEMBER
}
