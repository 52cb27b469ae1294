package dev.jpwsh.engine.languageapi;

import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.source.PositionMessage;
import dev.jpwsh.runtime.object.DotNetName;

/** ParseError: one error of a parse, with PowerShell's error id, where it is and whether more input could fix it. */
@DotNetName("System.Management.Automation.Language.ParseError")
public final class ScriptParseError {
    private final ParseError error;

    ScriptParseError(ParseError error) {
        this.error = error;
    }

    public String getErrorId() {
        return error.errorId();
    }

    public String getMessage() {
        return error.message();
    }

    public ScriptExtent getExtent() {
        return new ScriptExtent(error.extent());
    }

    public boolean getIncompleteInput() {
        return error.incompleteInput();
    }

    @Override
    public String toString() {
        return PositionMessage.verbose(error.extent()) + "\n" + error.message();
    }
}
