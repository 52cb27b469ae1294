package dev.jpwsh.engine.languageapi;

import dev.jpwsh.language.ast.VariablePath;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Token: one token of a parse, its text, kind, flags and extent. Variables, strings, numbers and parameters are
 * subclasses with their values, as in PowerShell. {@code ToString()} is the text.
 */
@DotNetName("System.Management.Automation.Language.Token")
public class ScriptToken {
    private final ScriptExtent extent;
    private final ScriptTokenKind kind;
    private final TokenFlags flags;

    ScriptToken(Extent extent, ScriptTokenKind kind, TokenFlags flags) {
        this.extent = new ScriptExtent(extent);
        this.kind = kind;
        this.flags = flags;
    }

    public String getText() {
        return extent.getText();
    }

    public ScriptTokenKind getKind() {
        return kind;
    }

    public TokenFlags getTokenFlags() {
        return flags;
    }

    public boolean getHasError() {
        return flags.has(TokenFlags.TokenInError);
    }

    public ScriptExtent getExtent() {
        return extent;
    }

    /** What PSParser's token shows as its content: a string's value, a variable's path, else the text. */
    String content() {
        return getText();
    }

    @Override
    public String toString() {
        return getText();
    }

    /** VariableToken: {@code $name}, {@code @name}. */
    @DotNetName("System.Management.Automation.Language.VariableToken")
    public static final class VariableToken extends ScriptToken {
        private final ScriptVariablePath path;

        VariableToken(Extent extent, ScriptTokenKind kind, TokenFlags flags, String path) {
            super(extent, kind, flags);
            this.path = new ScriptVariablePath(VariablePath.parse(path));
        }

        public ScriptVariablePath getVariablePath() {
            return path;
        }

        public String getName() {
            String userPath = path.getUserPath();
            int colon = userPath.indexOf(':');
            return colon >= 0 ? userPath.substring(colon + 1) : userPath;
        }

        @Override
        String content() {
            return path.getUserPath();
        }
    }

    /** StringToken: a quoted string, a here-string or a bare word, with its value (escapes and quotes removed). */
    @DotNetName("System.Management.Automation.Language.StringToken")
    public abstract static class StringToken extends ScriptToken {
        private final String value;

        StringToken(Extent extent, ScriptTokenKind kind, TokenFlags flags, String value) {
            super(extent, kind, flags);
            this.value = value;
        }

        public String getValue() {
            return value;
        }

        @Override
        String content() {
            return value;
        }
    }

    /** StringLiteralToken: a string or bare word without expansions. */
    @DotNetName("System.Management.Automation.Language.StringLiteralToken")
    public static final class StringLiteralToken extends StringToken {
        StringLiteralToken(Extent extent, ScriptTokenKind kind, TokenFlags flags, String value) {
            super(extent, kind, flags, value);
        }
    }

    /** StringExpandableToken: a string with {@code $} expansions. */
    @DotNetName("System.Management.Automation.Language.StringExpandableToken")
    public static final class StringExpandableToken extends StringToken {
        StringExpandableToken(Extent extent, ScriptTokenKind kind, TokenFlags flags, String value) {
            super(extent, kind, flags, value);
        }

        public Object getNestedTokens() {
            return null;
        }
    }

    /** NumberToken: a numeric literal and its value. */
    @DotNetName("System.Management.Automation.Language.NumberToken")
    public static final class NumberToken extends ScriptToken {
        private final Object value;

        NumberToken(Extent extent, TokenFlags flags, Object value) {
            super(extent, ScriptTokenKind.Number, flags);
            this.value = value;
        }

        public Object getValue() {
            return value;
        }
    }

    /** ParameterToken: {@code -Name} or {@code -Name:}. */
    @DotNetName("System.Management.Automation.Language.ParameterToken")
    public static final class ParameterToken extends ScriptToken {
        private final String name;

        ParameterToken(Extent extent, TokenFlags flags, String name) {
            super(extent, ScriptTokenKind.Parameter, flags);
            this.name = name;
        }

        public String getParameterName() {
            return name;
        }

        public boolean getUsedColon() {
            return getText().endsWith(":");
        }
    }
}
