package dev.jpwsh.engine.languageapi;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * IScriptExtent: where a node or token is, with its text. {@code File} is the path of a parsed file, null for
 * parsed text. Lines and columns are 1-based, offsets 0-based, the end exclusive.
 */
@DotNetName("System.Management.Automation.Language.ScriptExtent")
public final class ScriptExtent {
    private final Extent extent;

    ScriptExtent(Extent extent) {
        this.extent = extent;
    }

    static String fileOf(SourceText source) {
        return source.name().isEmpty() ? null : source.name();
    }

    Extent extent() {
        return extent;
    }

    public String getFile() {
        return fileOf(extent.source());
    }

    public ScriptPosition getStartScriptPosition() {
        return new ScriptPosition(extent.source(), extent.start());
    }

    public ScriptPosition getEndScriptPosition() {
        return new ScriptPosition(extent.source(), extent.end());
    }

    public int getStartLineNumber() {
        return extent.source().lineOf(extent.start());
    }

    public int getStartColumnNumber() {
        return extent.source().columnOf(extent.start());
    }

    public int getEndLineNumber() {
        return extent.source().lineOf(extent.end());
    }

    public int getEndColumnNumber() {
        return extent.source().columnOf(extent.end());
    }

    public int getStartOffset() {
        return extent.start();
    }

    public int getEndOffset() {
        return extent.end();
    }

    public String getText() {
        return extent.text();
    }

    @Override
    public String toString() {
        return getText();
    }
}
