package dev.jpwsh.remoting.protocol;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.ErrorRecord.ScriptPosition;
import dev.jpwsh.runtime.object.PSObject;

/**
 * Where a remote error happened, as an error record's notes carry it when the client asked for invocation info
 * (pwsh's clients always do): {@code SerializeExtendedInfo} true, then the {@code InvocationInfo_*} and
 * {@code CommandInfo_*} notes pwsh's server writes, each with the type pwsh's client reads it as. The client rebuilds
 * the position (script, line, column, line text, to the end of the line as pwsh's rehydrated extent runs) and the
 * command's name from them, so the error shows as it showed in the session, not as the local Invoke-Command's.
 */
final class RemoteInvocationInfo {
    private static final String EXTENDED = "SerializeExtendedInfo";
    /** CommandTypes.Cmdlet, what a named command is sent as (the client only shows its name). */
    private static final int CMDLET = 8;

    private RemoteInvocationInfo() {
    }

    /**
     * Adds {@code record}'s position and command to {@code data}; for no record, or one without a position,
     * {@code SerializeExtendedInfo} false.
     */
    static void write(PSObject data, ErrorRecord record) {
        ScriptPosition where = record == null ? null : record.position();
        if (where == null || where.line() <= 0) {
            data.set(EXTENDED, false);
            return;
        }
        String name = record.commandName() == null ? "" : record.commandName();
        data.set(EXTENDED, true);
        data.set("InvocationInfo_BoundParameters", null);
        data.set("InvocationInfo_CommandOrigin", 1);
        data.set("InvocationInfo_ExpectingInput", false);
        data.set("InvocationInfo_InvocationName", name);
        data.set("InvocationInfo_Line", where.lineText());
        data.set("InvocationInfo_OffsetInLine", where.column());
        data.set("InvocationInfo_HistoryId", 1L);
        data.set("InvocationInfo_PipelineIterationInfo", null);
        data.set("InvocationInfo_PipelineLength", 1);
        data.set("InvocationInfo_PipelinePosition", 1);
        data.set("InvocationInfo_PSScriptRoot", "");
        data.set("InvocationInfo_PSCommandPath", null);
        data.set("InvocationInfo_PositionMessage", "");
        data.set("InvocationInfo_ScriptLineNumber", where.line());
        data.set("InvocationInfo_ScriptName", where.scriptName());
        data.set("InvocationInfo_UnboundArguments", null);
        data.set("SerializeExtent", false);
        if (!name.isEmpty()) {
            data.set("CommandInfo_CommandType", CMDLET);
            data.set("CommandInfo_Name", name);
            data.set("CommandInfo_Definition", "");
            data.set("CommandInfo_Visibility", 0);
        }
        data.set("PipelineIterationInfo", null);
    }

    /**
     * {@return where the error a received record describes happened, or {@link ScriptPosition#NONE} when it came
     * without invocation info (then no local position is given to it either)}
     */
    static ScriptPosition position(Object data) {
        if (!MessageData.flag(data, EXTENDED)) {
            return ScriptPosition.NONE;
        }
        Object line = MessageData.property(data, "InvocationInfo_Line");
        Object script = MessageData.property(data, "InvocationInfo_ScriptName");
        String lineText = line == null ? "" : String.valueOf(line);
        int column = (int) MessageData.number(data, "InvocationInfo_OffsetInLine", 0);
        return new ScriptPosition(script == null ? "" : String.valueOf(script),
                (int) MessageData.number(data, "InvocationInfo_ScriptLineNumber", 0), column, lineText,
                Math.max(lineText.length() - column + 1, 1));
    }

    /** {@return the name of the command that reported a received error, or null when it names none} */
    static String commandName(Object data) {
        Object name = MessageData.flag(data, EXTENDED) ? MessageData.property(data, "CommandInfo_Name") : null;
        if (name == null || String.valueOf(name).isEmpty()) {
            name = MessageData.property(data, "ErrorCategory_Activity");
        }
        return name == null || String.valueOf(name).isEmpty() ? null : String.valueOf(name);
    }
}
