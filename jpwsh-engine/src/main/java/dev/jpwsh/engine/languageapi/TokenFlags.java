package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.FlagNames;
import dev.jpwsh.runtime.object.FlagsEnum;

/** PowerShell's TokenFlags: a flags enum; its low four bits are a binary operator's precedence. */
@DotNetName("System.Management.Automation.Language.TokenFlags")
public record TokenFlags(int flags) implements FlagsEnum {
    private static final FlagNames NAMES = new FlagNames("None", 0, "BinaryPrecedenceLogical", 0x1,
            "BinaryPrecedenceBitwise", 0x2, "BinaryPrecedenceComparison", 0x5, "BinaryPrecedenceCoalesce", 0x7,
            "BinaryPrecedenceAdd", 0x9, "BinaryPrecedenceMultiply", 0xa, "BinaryPrecedenceFormat", 0xc,
            "BinaryPrecedenceRange", 0xd, "Keyword", 0x10, "ScriptBlockBlockName", 0x20, "BinaryOperator", 0x100,
            "UnaryOperator", 0x200, "CaseSensitiveOperator", 0x400, "TernaryOperator", 0x800,
            "SpecialOperator", 0x1000, "AssignmentOperator", 0x2000, "ParseModeInvariant", 0x8000,
            "TokenInError", 0x10000, "DisallowedInRestrictedMode", 0x20000, "PrefixOrPostfixOperator", 0x40000,
            "CommandName", 0x80000, "MemberName", 0x100000, "TypeName", 0x200000, "AttributeName", 0x400000,
            "CanConstantFold", 0x800000, "StatementDoesntSupportAttributes", 0x1000000);

    public static final TokenFlags None = new TokenFlags(0);
    public static final TokenFlags Keyword = new TokenFlags(0x10);
    public static final TokenFlags ScriptBlockBlockName = new TokenFlags(0x20);
    public static final TokenFlags BinaryOperator = new TokenFlags(0x100);
    public static final TokenFlags UnaryOperator = new TokenFlags(0x200);
    public static final TokenFlags CaseSensitiveOperator = new TokenFlags(0x400);
    public static final TokenFlags AssignmentOperator = new TokenFlags(0x2000);
    public static final TokenFlags ParseModeInvariant = new TokenFlags(0x8000);
    public static final TokenFlags TokenInError = new TokenFlags(0x10000);
    public static final TokenFlags PrefixOrPostfixOperator = new TokenFlags(0x40000);
    public static final TokenFlags CommandName = new TokenFlags(0x80000);
    public static final TokenFlags MemberName = new TokenFlags(0x100000);
    public static final TokenFlags TypeName = new TokenFlags(0x200000);
    public static final TokenFlags AttributeName = new TokenFlags(0x400000);

    /** {@code [TokenFlags]'Keyword, ParseModeInvariant'}. */
    public static TokenFlags Parse(String text) {
        return new TokenFlags((int) NAMES.parse(text));
    }

    boolean has(TokenFlags flag) {
        return (flags & flag.flags) == flag.flags;
    }

    /** Enum.HasFlag: whether every bit of {@code flag} is set. */
    public boolean HasFlag(TokenFlags flag) {
        return has(flag);
    }

    TokenFlags with(TokenFlags flag) {
        return new TokenFlags(flags | flag.flags);
    }

    @Override
    public long value() {
        return flags;
    }

    @Override
    public TokenFlags withValue(long value) {
        return new TokenFlags((int) value);
    }

    @Override
    public String toString() {
        return NAMES.format(flags);
    }
}
