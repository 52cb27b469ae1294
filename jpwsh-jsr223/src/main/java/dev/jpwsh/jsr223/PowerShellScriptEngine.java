package dev.jpwsh.jsr223;

import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.engine.runspaces.SessionStateProxy;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * A jpwsh script engine: a runspace of its own, opened when the engine is made and disposed by {@link #close()}
 * (an engine that is dropped without closing is collected with its runspace). Before each script, the context's
 * bindings become global variables (engine scope over global scope). {@code eval} returns the script's output:
 * null for none, the object itself for one, a {@code List} for several. A terminating error becomes a
 * {@link ScriptException}; what the script shows (Write-Host, errors it reports and goes on) goes to the context's
 * writers. One script at a time: a second thread calling {@code eval} while one runs fails.
 */
public final class PowerShellScriptEngine extends AbstractScriptEngine implements AutoCloseable {
    private final PowerShellScriptEngineFactory factory;
    private final ScriptContextHost host = new ScriptContextHost();
    private final Runspace runspace;

    PowerShellScriptEngine(PowerShellScriptEngineFactory factory) {
        this.factory = factory;
        runspace = RunspaceFactory.createRunspace(host);
        runspace.open();
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        host.use(context);
        defineVariables(context);
        try (PowerShell shell = PowerShell.create(runspace)) {
            host.showErrors(shell.getStreams());
            return resultOf(shell.addScript(script).invoke());
        } catch (RuntimeException e) {
            throw scriptException(e);
        }
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        StringWriter script = new StringWriter();
        try {
            reader.transferTo(script);
        } catch (IOException e) {
            throw scriptException(e);
        }
        return eval(script.toString(), context);
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    /** The runspace scripts of this engine run in. */
    public Runspace getRunspace() {
        return runspace;
    }

    /** Disposes the runspace; the engine cannot run scripts afterwards. */
    @Override
    public void close() {
        runspace.dispose();
    }

    private void defineVariables(ScriptContext context) {
        SessionStateProxy variables = runspace.getSessionStateProxy();
        for (int scope : List.of(ScriptContext.GLOBAL_SCOPE, ScriptContext.ENGINE_SCOPE)) {
            Bindings bindings = context.getBindings(scope);
            if (bindings != null) {
                bindings.forEach(variables::setVariable);
            }
        }
    }

    private static Object resultOf(List<Object> output) {
        return switch (output.size()) {
            case 0 -> null;
            case 1 -> output.getFirst();
            default -> new ArrayList<>(output);
        };
    }

    private static ScriptException scriptException(Exception cause) {
        ScriptException e = new ScriptException(String.valueOf(cause.getMessage()));
        e.initCause(cause);
        return e;
    }
}
