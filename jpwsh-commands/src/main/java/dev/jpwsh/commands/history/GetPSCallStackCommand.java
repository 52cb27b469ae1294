package dev.jpwsh.commands.history;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.exec.InvocationInfo;
import dev.jpwsh.engine.exec.TrapSite;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Get-PSCallStack: a frame for each call running, innermost first, ending with the outermost {@code <ScriptBlock>}.
 * The calls are the caller's scopes that hold a {@code $MyInvocation}; each frame is where the call inside it was
 * made, the innermost where this command runs, so the calls themselves keep nothing more. A running trap is a frame
 * of its own, as in pwsh: its function's name with {@code <trap>} added, then its function's frame where the error
 * arose.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetPSCallStackCommand")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.CallStackFrame"})
public final class GetPSCallStackCommand extends Cmdlet {
    private static final String SCRIPT_BLOCK = "<ScriptBlock>";

    @Override
    protected void endProcessing() {
        ErrorRecord.ScriptPosition position = frame().context().currentPosition();
        for (Scope scope = callerScope(); scope != null; scope = scope.parent()) {
            PSVariable trap = scope.local(TrapSite.KEY);
            if (trap != null && trap.value() instanceof TrapSite site) {
                InvocationInfo call = enclosingCall(scope);
                String name = call == null ? SCRIPT_BLOCK : functionName(call);
                writeObject(new CallStackFrame(call, site.functionName(name), position, scope));
                position = site.position();
                continue;
            }
            PSVariable variable = scope.local("myinvocation");
            if (variable != null && variable.value() instanceof InvocationInfo call) {
                writeObject(new CallStackFrame(call, functionName(call), position, scope));
                position = call.callSite();
            }
        }
        writeObject(new CallStackFrame(null, SCRIPT_BLOCK, position, frame().scriptScope()));
    }

    /** The call a trap's scope runs in: the nearest enclosing scope's {@code $MyInvocation}, or null. */
    private static InvocationInfo enclosingCall(Scope trapScope) {
        for (Scope scope = trapScope.parent(); scope != null; scope = scope.parent()) {
            PSVariable variable = scope.local("myinvocation");
            if (variable != null && variable.value() instanceof InvocationInfo call) {
                return call;
            }
        }
        return null;
    }

    private static String functionName(InvocationInfo call) {
        InvocationInfo.CommandInfo command = call.myCommand();
        return command == null || !"Function".equals(command.commandType()) && !"Filter".equals(command.commandType())
                ? SCRIPT_BLOCK : command.name();
    }
}
