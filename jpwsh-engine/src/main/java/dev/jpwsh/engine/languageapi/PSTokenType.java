package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;

/** The kinds of {@link PSToken}, PowerShell 2's token types. */
@DotNetName("System.Management.Automation.PSTokenType")
public enum PSTokenType {
    Unknown, Command, CommandParameter, CommandArgument, Number, String, Variable, Member, LoopLabel, Attribute, Type,
    Operator, GroupStart, GroupEnd, Keyword, Comment, StatementSeparator, NewLine, LineContinuation, Position;

    /** What PowerShell 2 calls a token: by where it stands first (command, member, attribute, type), else by kind. */
    static PSTokenType of(ScriptToken token) {
        TokenFlags flags = token.getTokenFlags();
        if (flags.has(TokenFlags.CommandName)) {
            return Command;
        }
        if (flags.has(TokenFlags.MemberName)) {
            return Member;
        }
        if (flags.has(TokenFlags.AttributeName)) {
            return Attribute;
        }
        if (flags.has(TokenFlags.TypeName)) {
            return Type;
        }
        if (flags.has(TokenFlags.Keyword)) {
            return Keyword;
        }
        return switch (token.getKind()) {
            case Variable, SplattedVariable -> Variable;
            case Parameter -> CommandParameter;
            case Number -> Number;
            case Label -> LoopLabel;
            case Identifier, Generic -> CommandArgument;
            case NewLine -> NewLine;
            case LineContinuation -> LineContinuation;
            case Comment -> Comment;
            case StringLiteral, StringExpandable, HereStringLiteral, HereStringExpandable -> String;
            case LParen, LCurly, AtParen, AtCurly, DollarParen -> GroupStart;
            case RParen, RCurly -> GroupEnd;
            case Semi -> StatementSeparator;
            case Unknown, EndOfInput -> Unknown;
            default -> Operator;
        };
    }
}
