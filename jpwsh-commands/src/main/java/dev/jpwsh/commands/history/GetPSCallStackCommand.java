package dev.jpwsh.commands.history;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.exec.InvocationInfo;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Get-PSCallStack: a frame for each call running, innermost first, ending with the outermost {@code <ScriptBlock>}.
 * The calls are the caller's scopes that hold a {@code $MyInvocation}; each frame is where the call inside it was
 * made, the innermost where this command runs, so the calls themselves keep nothing more.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetPSCallStackCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.CallStackFrame"})
public final class GetPSCallStackCommand extends Cmdlet {
    private static final String SCRIPT_BLOCK = "<ScriptBlock>";

    @Override
    protected void endProcessing() {
        ErrorRecord.ScriptPosition position = frame().context().currentPosition();
        for (Scope scope = callerScope(); scope != null; scope = scope.parent()) {
            PSVariable variable = scope.local("myinvocation");
            if (variable != null && variable.value() instanceof InvocationInfo call) {
                writeObject(new CallStackFrame(call, functionName(call), position, scope));
                position = call.callSite();
            }
        }
        writeObject(new CallStackFrame(null, SCRIPT_BLOCK, position, frame().scriptScope()));
    }

    private static String functionName(InvocationInfo call) {
        InvocationInfo.CommandInfo command = call.myCommand();
        return command == null || !"Function".equals(command.commandType()) && !"Filter".equals(command.commandType())
                ? SCRIPT_BLOCK : command.name();
    }
}
