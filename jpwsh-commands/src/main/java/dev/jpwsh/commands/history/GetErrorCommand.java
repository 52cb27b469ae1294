package dev.jpwsh.commands.history;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.MemberTable;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * Get-Error: the newest errors of {@code $Error} ({@code -Newest}, one by default), or the error records and
 * exceptions piped in, marked with the {@code #PSExtendedError} type name their detailed view is chosen by. An
 * error record is copied so that {@code $Error} keeps its own type names; several errors are numbered by a
 * {@code PSErrorIndex} note property.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetErrorCommand")
@DefaultParameterSet("Newest")
@dev.jpwsh.engine.command.OutputType({
        "System.Management.Automation.ErrorRecord#PSExtendedError",
        "System.Exception#PSExtendedError"})
public final class GetErrorCommand extends Cmdlet {
    /** The type name the detailed view of an error record is chosen by. */
    public static final String EXTENDED_RECORD = "System.Management.Automation.ErrorRecord#PSExtendedError";
    /** The type name the detailed view of an exception is chosen by. */
    public static final String EXTENDED_EXCEPTION = "System.Exception#PSExtendedError";

    @Parameter(parameterSetName = "Error", position = 0, valueFromPipeline = true)
    private Object inputObject;

    @Parameter(parameterSetName = "Newest", aliases = "Last")
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private Integer newest;

    @Override
    protected void processRecord() {
        List<Object> errors = new ArrayList<>();
        if (inputObject != null) {
            if (inputObject instanceof ErrorRecord || inputObject instanceof Throwable) {
                errors.add(inputObject);
            }
        } else {
            List<Object> all = frame().context().errors();
            int count = Math.min(newest == null ? 1 : newest, all.size());
            errors.addAll(all.subList(0, count));
        }
        boolean numbered = errors.size() > 1;
        for (int index = 0; index < errors.size(); index++) {
            Object marked = marked(errors.get(index));
            if (numbered) {
                InstanceMembers.forUpdate(marked).add(new PSMember(PSMemberTypes.NoteProperty, "PSErrorIndex", index,
                        null));
            }
            writeObject(marked);
        }
    }

    private static Object marked(Object error) {
        Object target = error instanceof ErrorRecord r ? new ErrorRecord(r.exception(), r.fullyQualifiedErrorId(),
                r.category(), r.targetObject(), r.position(), r.commandName(), r.described()) : error;
        MemberTable members = InstanceMembers.forUpdate(target);
        String name = target instanceof ErrorRecord ? EXTENDED_RECORD : EXTENDED_EXCEPTION;
        if (!members.typeNames().contains(name)) {
            members.addTypeName(name);
        }
        return target;
    }
}
