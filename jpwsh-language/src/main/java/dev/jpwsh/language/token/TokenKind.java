package dev.jpwsh.language.token;

/**
 * Every kind of token, named after PowerShell's {@code TokenKind}. Operators carry their binary precedence
 * (higher binds tighter, 0 when not binary) and whether they can be unary; the dash operators carry their
 * spelling without the dash ({@code "ieq"}), the punctuators their text.
 */
public enum TokenKind {
    UNKNOWN, VARIABLE, SPLATTED_VARIABLE, PARAMETER, NUMBER, LABEL, IDENTIFIER, GENERIC, NEW_LINE,
    COMMENT, END_OF_INPUT, STRING_LITERAL, STRING_EXPANDABLE, HERE_STRING_LITERAL, HERE_STRING_EXPANDABLE,

    LPAREN("("), RPAREN(")"), LCURLY("{"), RCURLY("}"), LBRACKET("["), RBRACKET("]"), AT_PAREN("@("),
    AT_CURLY("@{"), DOLLAR_PAREN("$("), SEMI(";"), AND_AND("&&"), OR_OR("||"), AMPERSAND("&"), PIPE("|"),
    COMMA(","), MINUS_MINUS("--"), PLUS_PLUS("++"), DOT_DOT("..", Precedence.RANGE), COLON_COLON("::"), DOT("."),
    EXCLAIM("!"), MULTIPLY("*", Precedence.MULTIPLY), DIVIDE("/", Precedence.MULTIPLY), REM("%", Precedence.MULTIPLY),
    PLUS("+", Precedence.ADD), MINUS("-", Precedence.ADD), EQUALS("="), PLUS_EQUALS("+="), MINUS_EQUALS("-="),
    MULTIPLY_EQUALS("*="), DIVIDE_EQUALS("/="), REMAINDER_EQUALS("%="), REDIRECTION, REDIRECT_IN_STD("<"),
    COLON(":"), QUESTION_MARK("?"), QUESTION_QUESTION_EQUALS("??="), QUESTION_QUESTION("??", Precedence.COALESCE),
    QUESTION_DOT("?."), QUESTION_LBRACKET("?["), POSTFIX_PLUS_PLUS("++"), POSTFIX_MINUS_MINUS("--"),

    FORMAT("f", Precedence.FORMAT), NOT("not"), BNOT("bnot"),
    AND("and", Precedence.LOGICAL), OR("or", Precedence.LOGICAL), XOR("xor", Precedence.LOGICAL),
    BAND("band", Precedence.BITWISE), BOR("bor", Precedence.BITWISE), BXOR("bxor", Precedence.BITWISE),
    JOIN("join", Precedence.COMPARISON),
    IEQ("ieq", Precedence.COMPARISON), INE("ine", Precedence.COMPARISON), IGE("ige", Precedence.COMPARISON),
    IGT("igt", Precedence.COMPARISON), ILT("ilt", Precedence.COMPARISON), ILE("ile", Precedence.COMPARISON),
    ILIKE("ilike", Precedence.COMPARISON), INOTLIKE("inotlike", Precedence.COMPARISON),
    IMATCH("imatch", Precedence.COMPARISON), INOTMATCH("inotmatch", Precedence.COMPARISON),
    IREPLACE("ireplace", Precedence.COMPARISON), ICONTAINS("icontains", Precedence.COMPARISON),
    INOTCONTAINS("inotcontains", Precedence.COMPARISON), IIN("iin", Precedence.COMPARISON),
    INOTIN("inotin", Precedence.COMPARISON), ISPLIT("isplit", Precedence.COMPARISON),
    CEQ("ceq", Precedence.COMPARISON), CNE("cne", Precedence.COMPARISON), CGE("cge", Precedence.COMPARISON),
    CGT("cgt", Precedence.COMPARISON), CLT("clt", Precedence.COMPARISON), CLE("cle", Precedence.COMPARISON),
    CLIKE("clike", Precedence.COMPARISON), CNOTLIKE("cnotlike", Precedence.COMPARISON),
    CMATCH("cmatch", Precedence.COMPARISON), CNOTMATCH("cnotmatch", Precedence.COMPARISON),
    CREPLACE("creplace", Precedence.COMPARISON), CCONTAINS("ccontains", Precedence.COMPARISON),
    CNOTCONTAINS("cnotcontains", Precedence.COMPARISON), CIN("cin", Precedence.COMPARISON),
    CNOTIN("cnotin", Precedence.COMPARISON), CSPLIT("csplit", Precedence.COMPARISON),
    IS("is", Precedence.COMPARISON), IS_NOT("isnot", Precedence.COMPARISON), AS("as", Precedence.COMPARISON),
    SHL("shl", Precedence.COMPARISON), SHR("shr", Precedence.COMPARISON);

    /** Binary precedence levels, lowest first, as in PowerShell. */
    public static final class Precedence {
        public static final int NONE = 0;
        public static final int LOGICAL = 1;
        public static final int BITWISE = 2;
        public static final int COMPARISON = 5;
        public static final int COALESCE = 7;
        public static final int ADD = 9;
        public static final int MULTIPLY = 10;
        public static final int FORMAT = 12;
        public static final int RANGE = 13;

        private Precedence() {
        }
    }

    private final String text;
    private final int binaryPrecedence;

    TokenKind() {
        this(null, Precedence.NONE);
    }

    TokenKind(String text) {
        this(text, Precedence.NONE);
    }

    TokenKind(String text, int binaryPrecedence) {
        this.text = text;
        this.binaryPrecedence = binaryPrecedence;
    }

    /** The punctuator's text, or the dash operator's name without its dash; null for other kinds. */
    public String text() {
        return text;
    }

    public int binaryPrecedence() {
        return binaryPrecedence;
    }

    public boolean isBinaryOperator() {
        return binaryPrecedence != Precedence.NONE;
    }

    /** The dash operators ({@code -eq}, {@code -not}, ...), which appear in source as {@code -name}. */
    public boolean isDashOperator() {
        return ordinal() >= FORMAT.ordinal();
    }

    /** Operators that may stand before their operand. */
    public boolean isUnaryOperator() {
        return switch (this) {
            case NOT, BNOT, EXCLAIM, MINUS, PLUS, COMMA, PLUS_PLUS, MINUS_MINUS, JOIN, ISPLIT, CSPLIT -> true;
            default -> false;
        };
    }

    public boolean isAssignmentOperator() {
        return switch (this) {
            case EQUALS, PLUS_EQUALS, MINUS_EQUALS, MULTIPLY_EQUALS, DIVIDE_EQUALS, REMAINDER_EQUALS,
                 QUESTION_QUESTION_EQUALS -> true;
            default -> false;
        };
    }

    /** Operators of the comparison family whose name starts with {@code c}: case-sensitive. */
    public boolean isCaseSensitive() {
        return ordinal() >= CEQ.ordinal() && ordinal() <= CSPLIT.ordinal();
    }

    /** How the operator is written in source: {@code -ieq} for dash operators, else the punctuator. */
    public String sourceText() {
        return isDashOperator() ? "-" + text : text;
    }
}
