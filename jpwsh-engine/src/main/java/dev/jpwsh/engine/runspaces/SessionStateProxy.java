package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.languagemode.PSLanguageMode;
import dev.jpwsh.engine.compile.Compiler;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.intrinsics.EngineIntrinsics;
import dev.jpwsh.engine.intrinsics.SessionStateView;
import dev.jpwsh.engine.intrinsics.VariableIntrinsics;
import dev.jpwsh.engine.node.Assignable;
import dev.jpwsh.language.ast.VariablePath;
import java.util.function.Supplier;

/**
 * {@code $runspace.SessionStateProxy}: the global session state of an open, idle runspace. Values are stored by
 * reference. Every member except LanguageMode is one guarded call (spec 4): it fails while a pipeline runs or
 * another proxy call is in progress, and while it runs no pipeline can start and the runspace cannot close. The
 * guard covers only the retrieval of the intrinsics objects ({@link #getPSVariable}), not later calls on them.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.Runspaces.SessionStateProxy")
public final class SessionStateProxy {
    private final Runspace runspace;

    SessionStateProxy(Runspace runspace) {
        this.runspace = runspace;
    }

    /**
     * Sets variable {@code name} to {@code value} itself (no copy), as an assignment in the global scope would: a new
     * variable is created there, a scope or drive prefix ({@code global:x}, {@code env:X}) is honoured, and a ReadOnly
     * or Constant variable is refused (VariableNotWritable). A guarded call: a runspace not Opened throws
     * InvalidRunspaceStateException (RunspaceNotInOpenedState), and a running pipeline or another proxy call
     * InvalidOperationException (NoSessionStateProxyWhenPipelineInProgress, AnotherSessionStateProxyInProgress).
     *
     * @param name the variable's name without {@code $}; null throws PSArgumentNullException
     * @param value the value, shared by reference with the runspace
     */
    public void setVariable(String name, Object value) {
        requireName(name);
        guarded(() -> {
            if (!(Compiler.variable(VariablePath.parse(name)) instanceof Assignable variable)) {
                throw RuntimeFailures.variableNotWritable(name);
            }
            variable.assign(globalFrame(), value);
            return null;
        });
    }

    /**
     * {@return the value of the global variable {@code name}, or null when there is none} A guarded call, as
     * {@link #setVariable} is, except that an empty name returns null at once.
     *
     * @param name the variable's name without {@code $}, with a scope or drive prefix if wanted; null throws
     *     PSArgumentNullException
     */
    public Object getVariable(String name) {
        requireName(name);
        if (name.isEmpty()) {
            return null;
        }
        return guarded(() -> Compiler.variable(VariablePath.parse(name)).eval(globalFrame()));
    }

    /**
     * The current location ({@code $PWD}).
     *
     * @return the value of {@code $PWD}
     */
    public Object getPath() {
        return guarded(() -> sessionState().getPath());
    }

    /**
     * The global scope's variables, as {@code $ExecutionContext.SessionState.PSVariable} sees them.
     *
     * @return the variable intrinsics of the global scope; calls on them are not guarded
     */
    public VariableIntrinsics getPSVariable() {
        return guarded(() -> sessionState().getPSVariable());
    }

    /**
     * The session's language mode; unlike the other members, readable and settable while a pipeline runs.
     *
     * @return the mode; a runspace not Opened throws InvalidRunspaceStateException (RunspaceNotInOpenedState)
     */
    public PSLanguageMode getLanguageMode() {
        return runspace.context().languageMode();
    }

    /**
     * Sets the session's language mode; unguarded, so allowed while a pipeline runs. A runspace not Opened throws
     * InvalidRunspaceStateException (RunspaceNotInOpenedState).
     *
     * @param mode the new mode
     */
    public void setLanguageMode(PSLanguageMode mode) {
        runspace.context().setLanguageMode(mode);
    }

    /** Runs {@code call} as one proxy call under the runspace's guard; package-private so tests can hold one open. */
    <T> T guarded(Supplier<T> call) {
        return runspace.proxyCall(this, () -> {
            try {
                return call.get();
            } catch (PSException e) {
                throw RunspaceErrors.forCaller(e);
            }
        });
    }

    private SessionStateView sessionState() {
        return new EngineIntrinsics(globalFrame()).getSessionState();
    }

    /** Where proxy calls act: the global scope, the current scope of an idle runspace. */
    private Frame globalFrame() {
        ExecutionContext context = runspace.context();
        return new Frame(context, context.global(), context.global());
    }

    private static void requireName(String name) {
        if (name == null) {
            throw RunspaceErrors.argumentNull("name");
        }
    }
}
