package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;

/** PSToken: PowerShell 2's view of a token, as {@code [PSParser]::Tokenize} returns it. */
@DotNetName("System.Management.Automation.PSToken")
public final class PSToken {
    private final PSTokenType type;
    private final String content;
    private final ScriptExtent extent;

    PSToken(ScriptToken token) {
        this(PSTokenType.of(token), token.content(), token.getExtent());
    }

    PSToken(PSTokenType type, String content, ScriptExtent extent) {
        this.type = type;
        this.content = content;
        this.extent = extent;
    }

    public String getContent() {
        return content;
    }

    public PSTokenType getType() {
        return type;
    }

    public int getStart() {
        return extent.getStartOffset();
    }

    public int getLength() {
        return extent.getEndOffset() - extent.getStartOffset();
    }

    public int getStartLine() {
        return extent.getStartLineNumber();
    }

    public int getStartColumn() {
        return extent.getStartColumnNumber();
    }

    public int getEndLine() {
        return extent.getEndLineNumber();
    }

    public int getEndColumn() {
        return extent.getEndColumnNumber();
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSToken";
    }
}
