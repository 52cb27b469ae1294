package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;

/** PSParseError: a parse error as {@code [PSParser]::Tokenize} reports it, with the place as a Position token. */
@DotNetName("System.Management.Automation.PSParseError")
public final class PSParseError {
    private final PSToken token;
    private final String message;

    PSParseError(ScriptParseError error) {
        this.token = new PSToken(PSTokenType.Position, error.getExtent().getText(), error.getExtent());
        this.message = error.getMessage();
    }

    public PSToken getToken() {
        return token;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSParseError";
    }
}
