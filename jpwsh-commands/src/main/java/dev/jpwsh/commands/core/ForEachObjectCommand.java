package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.types.Members;
import java.util.List;

/**
 * ForEach-Object: runs its script block for each input object with {@code $_} set, in the caller's scope;
 * or, with a member name, outputs that property of each object (or calls that method).
 */
public final class ForEachObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(position = 0, valueFromRemainingArguments = true)
    private Object[] process;

    @Parameter
    private ScriptBlock begin;

    @Parameter
    private ScriptBlock end;

    @Parameter
    private String memberName;

    @Override
    protected void beginProcessing() {
        if (begin != null) {
            begin.invokeInScope(frame(), null, this::writeObject);
        }
        if (process != null && process.length == 1 && process[0] instanceof String name) {
            memberName = name;
            process = null;
        }
    }

    @Override
    protected void processRecord() {
        if (memberName != null) {
            Object value = Members.get(inputObject, memberName);
            if (value == null && inputObject != null) {
                value = Members.invoke(inputObject, memberName, List.of());
            }
            writeEnumerated(value);
            return;
        }
        if (process == null) {
            return;
        }
        for (Object block : process) {
            if (block instanceof ScriptBlock sb) {
                sb.invokeInScope(frame(), inputObject, this::writeEnumerated);
            }
        }
    }

    @Override
    protected void endProcessing() {
        if (end != null) {
            end.invokeInScope(frame(), null, this::writeObject);
        }
    }
}
