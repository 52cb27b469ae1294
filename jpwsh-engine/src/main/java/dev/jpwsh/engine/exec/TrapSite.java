package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.error.ErrorRecord;

/**
 * What a running trap's scope records for Get-PSCallStack, under the hidden variable {@link #KEY}: the type the
 * trap catches (null for all), and where the code the trap interrupted stood when the error arose (null when
 * unknown). pwsh shows a trap as a call frame of its own, named after its function with {@code <trap>} added.
 *
 * @param typeName the type name as the trap statement writes it, or null
 * @param position the interrupted statement's position, or null
 */
public record TrapSite(String typeName, ErrorRecord.ScriptPosition position) {
    /** The variable a trap's scope holds its site in; Get-Variable keeps it out of sight. */
    public static final String KEY = "__trapsite";

    /** The frame name pwsh gives the trap of a function (or script block) of that name. */
    public String functionName(String enclosing) {
        return enclosing + "<trap>" + (typeName == null ? "" : "<" + typeName + ">");
    }
}
