package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberNameMethods;
import dev.jpwsh.engine.types.DotNetName;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.List;

/**
 * ForEach-Object: runs its script block for each input object with {@code $_} set, in the caller's scope;
 * or, with a member name, outputs that property of each object (or calls that method, which the language mode may
 * refuse).
 */
@DotNetName("Microsoft.PowerShell.Commands.ForEachObjectCommand")
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

    @Parameter
    private Object[] argumentList;

    private List<Object> memberArguments = List.of();

    @Override
    protected void beginProcessing() {
        if (begin != null) {
            begin.invokeInScope(frame(), null, this::writeObject);
        }
        if (process != null && process.length >= 1 && process[0] instanceof String name) {
            memberName = name;
            memberArguments = java.util.Arrays.asList(process).subList(1, process.length);
            process = null;
        }
        if (process != null && process.length > 1 && begin == null && end == null) {
            begin = (ScriptBlock) process[0];
            if (process.length > 2) {
                end = (ScriptBlock) process[process.length - 1];
                process = java.util.Arrays.copyOfRange(process, 1, process.length - 1);
            } else {
                process = new Object[] {process[1]};
            }
            begin.invokeInScope(frame(), null, this::writeObject);
        }
    }

    @Override
    protected void processRecord() {
        if (memberName != null) {
            List<Object> args = argumentList != null ? List.of(argumentList) : memberArguments;
            Object value = args.isEmpty() ? Members.get(inputObject, memberName) : null;
            if (value == null && inputObject != null) {
                ErrorRecord refusal = MemberNameMethods.refusal(frame().context(), inputObject);
                if (refusal != null) {
                    writeError(refusal);
                    return;
                }
                value = Members.invoke(inputObject, memberName, args);
            }
            if (value != dev.jpwsh.engine.types.MethodInvoker.VOID) {
                writeEnumerated(value);
            }
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
