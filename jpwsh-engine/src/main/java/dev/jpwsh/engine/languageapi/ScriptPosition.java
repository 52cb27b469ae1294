package dev.jpwsh.engine.languageapi;

import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.runtime.object.DotNetName;

/** IScriptPosition: one point of a script, its 1-based line and column, its offset and the line's text. */
@DotNetName("System.Management.Automation.Language.ScriptPosition")
public final class ScriptPosition {
    private final SourceText source;
    private final int offset;

    ScriptPosition(SourceText source, int offset) {
        this.source = source;
        this.offset = offset;
    }

    public String getFile() {
        return ScriptExtent.fileOf(source);
    }

    public int getLineNumber() {
        return source.lineOf(offset);
    }

    public int getColumnNumber() {
        return source.columnOf(offset);
    }

    public int getOffset() {
        return offset;
    }

    public String getLine() {
        return source.lineText(getLineNumber());
    }

    public String GetFullScript() {
        return source.text();
    }

    @Override
    public String toString() {
        return getLineNumber() + ":" + getColumnNumber();
    }
}
