package dev.jpwsh.engine.languageapi;

import dev.jpwsh.language.token.TokenKind;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * PowerShell's TokenKind, with its numbers: what a {@link ScriptToken} is, and the operator of binary, unary and
 * assignment nodes. {@link #of(TokenKind)} names jpwsh's own kinds the PowerShell way ({@code IS_NOT} is
 * {@code IsNot}); {@link #keyword(String)} gives a keyword's kind.
 */
@DotNetName("System.Management.Automation.Language.TokenKind")
public enum ScriptTokenKind {
    Unknown(0), Variable(1), SplattedVariable(2), Parameter(3), Number(4), Label(5), Identifier(6), Generic(7),
    NewLine(8), LineContinuation(9), Comment(10), EndOfInput(11), StringLiteral(12), StringExpandable(13),
    HereStringLiteral(14), HereStringExpandable(15), LParen(16), RParen(17), LCurly(18), RCurly(19), LBracket(20),
    RBracket(21), AtParen(22), AtCurly(23), DollarParen(24), Semi(25), AndAnd(26), OrOr(27), Ampersand(28), Pipe(29),
    Comma(30), MinusMinus(31), PlusPlus(32), DotDot(33), ColonColon(34), Dot(35), Exclaim(36), Multiply(37),
    Divide(38), Rem(39), Plus(40), Minus(41), Equals(42), PlusEquals(43), MinusEquals(44), MultiplyEquals(45),
    DivideEquals(46), RemainderEquals(47), Redirection(48), RedirectInStd(49), Format(50), Not(51), Bnot(52),
    And(53), Or(54), Xor(55), Band(56), Bor(57), Bxor(58), Join(59), Ieq(60), Ine(61), Ige(62), Igt(63), Ilt(64),
    Ile(65), Ilike(66), Inotlike(67), Imatch(68), Inotmatch(69), Ireplace(70), Icontains(71), Inotcontains(72),
    Iin(73), Inotin(74), Isplit(75), Ceq(76), Cne(77), Cge(78), Cgt(79), Clt(80), Cle(81), Clike(82), Cnotlike(83),
    Cmatch(84), Cnotmatch(85), Creplace(86), Ccontains(87), Cnotcontains(88), Cin(89), Cnotin(90), Csplit(91),
    Is(92), IsNot(93), As(94), PostfixPlusPlus(95), PostfixMinusMinus(96), Shl(97), Shr(98), Colon(99),
    QuestionMark(100), QuestionQuestionEquals(101), QuestionQuestion(102), QuestionDot(103), QuestionLBracket(104),
    Begin(119), Break(120), Catch(121), Class(122), Continue(123), Data(124), Define(125), Do(126),
    Dynamicparam(127), Else(128), ElseIf(129), End(130), Exit(131), Filter(132), Finally(133), For(134),
    Foreach(135), From(136), Function(137), If(138), In(139), Param(140), Process(141), Return(142), Switch(143),
    Throw(144), Trap(145), Try(146), Until(147), Using(148), Var(149), While(150), Workflow(151), Parallel(152),
    Sequence(153), InlineScript(154), Configuration(155), DynamicKeyword(156), Public(157), Private(158),
    Static(159), Interface(160), Enum(161), Namespace(162), Module(163), Type(164), Assembly(165), Command(166),
    Hidden(167), Base(168), Default(169), Clean(170);

    private static final Map<String, ScriptTokenKind> BY_FOLDED_NAME = new HashMap<>();

    static {
        for (ScriptTokenKind kind : values()) {
            BY_FOLDED_NAME.put(kind.name().toLowerCase(Locale.ROOT), kind);
        }
    }

    private final int value;

    ScriptTokenKind(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** The kind PowerShell gives what jpwsh's tokenizer calls {@code kind}. */
    static ScriptTokenKind of(TokenKind kind) {
        ScriptTokenKind found = BY_FOLDED_NAME.get(kind.name().replace("_", "").toLowerCase(Locale.ROOT));
        return found != null ? found : Unknown;
    }

    /** The keyword kind spelt {@code word} (any case), or null when it is no keyword. */
    static ScriptTokenKind keyword(String word) {
        ScriptTokenKind found = BY_FOLDED_NAME.get(word.toLowerCase(Locale.ROOT));
        return found != null && found.value >= Begin.value ? found : null;
    }
}
