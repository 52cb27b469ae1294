package dev.jpwsh.jsr223;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceState;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PowerShellScriptEngineTest {
    private final PowerShellScriptEngine engine =
            (PowerShellScriptEngine) new ScriptEngineManager().getEngineByName("pwsh");

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    /** The manager finds the engine under each of its names and by the .ps1 extension. */
    @Test
    void managerFindsTheEngineByEveryName() {
        ScriptEngineManager manager = new ScriptEngineManager();
        for (String name : List.of("powershell", "pwsh", "jpwsh")) {
            assertThat(manager.getEngineByName(name)).as(name).isInstanceOf(PowerShellScriptEngine.class);
        }
        assertThat(manager.getEngineByExtension("ps1")).isInstanceOf(PowerShellScriptEngine.class);
    }

    /** A script without output evaluates to null. */
    @Test
    void noOutputIsNull() throws ScriptException {
        assertThat(engine.eval("$x = 1")).isNull();
    }

    /** A script with one output object evaluates to that object. */
    @Test
    void oneOutputIsTheObject() throws ScriptException {
        assertThat(engine.eval("6 * 7")).isEqualTo(42);
    }

    /** A script with several output objects evaluates to a list of them, in order. */
    @Test
    void severalOutputsAreAList() throws ScriptException {
        assertThat(engine.eval("1; 'two'; 3")).isEqualTo(List.of(1, "two", 3));
    }

    /** Engine-scope bindings are PowerShell variables in the script. */
    @Test
    void bindingsBecomeVariables() throws ScriptException {
        engine.put("name", "World");
        engine.put("count", 3);
        assertThat(engine.eval("\"Hello $name\" * $count")).isEqualTo("Hello WorldHello WorldHello World");
    }

    /** Engine-scope bindings win over global-scope ones of the same name. */
    @Test
    void engineScopeOverridesGlobalScope() throws ScriptException {
        ScriptContext context = new SimpleScriptContext();
        Bindings global = engine.createBindings();
        global.put("x", "global");
        global.put("onlyGlobal", 1);
        context.setBindings(global, ScriptContext.GLOBAL_SCOPE);
        context.getBindings(ScriptContext.ENGINE_SCOPE).put("x", "engine");
        assertThat(engine.eval("\"$x $onlyGlobal\"", context)).isEqualTo("engine 1");
    }

    /** Variables and functions a script defines are there for the next script of the same engine. */
    @Test
    void stateLastsBetweenScripts() throws ScriptException {
        engine.eval("function Double($n) { $n * 2 }; $seed = 21");
        assertThat(engine.eval("Double $seed")).isEqualTo(42);
    }

    /** Each engine has a runspace of its own: variables do not leak between engines. */
    @Test
    void enginesDoNotShareVariables() throws ScriptException {
        try (PowerShellScriptEngine other = (PowerShellScriptEngine) engine.getFactory().getScriptEngine()) {
            engine.eval("$mine = 'first'");
            assertThat(other.eval("$mine")).isNull();
            assertThat(other.getRunspace().getId()).isNotEqualTo(engine.getRunspace().getId());
        }
    }

    /** Built-in cmdlets from jpwsh-commands and jpwsh-format are there. */
    @Test
    void builtInCmdletsAreAvailable() throws ScriptException {
        assertThat(engine.eval("3, 1, 2 | Sort-Object | Select-Object -First 2")).isEqualTo(List.of(1, 2));
        assertThat(engine.eval("'x' | Out-String")).isEqualTo("x\n");
    }

    /** A script read from a Reader runs like the same text. */
    @Test
    void readerScriptsRun() throws ScriptException {
        assertThat(engine.eval(new StringReader("'a' + 'b'\n"))).isEqualTo("ab");
    }

    /** Write-Host text goes to the context's writer. */
    @Test
    void hostOutputGoesToTheContextWriter() throws ScriptException {
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        assertThat(engine.eval("Write-Host 'shown'; 'returned'")).isEqualTo("returned");
        assertThat(out.toString()).isEqualTo("shown\n");
    }

    /** Warnings and errors the script reports and goes on from go to the context's writers as a console shows them. */
    @Test
    void streamsGoToTheContextWriters() throws ScriptException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        engine.getContext().setWriter(out);
        engine.getContext().setErrorWriter(err);
        assertThat(engine.eval("Write-Warning 'careful'; Write-Error 'failed'; 'went on'")).isEqualTo("went on");
        assertThat(out.toString()).isEqualTo("WARNING: careful\n");
        assertThat(err.toString()).isEqualTo("failed\n");
    }

    /** A terminating error becomes a ScriptException with the error's message. */
    @Test
    void terminatingErrorIsAScriptException() {
        assertThatThrownBy(() -> engine.eval("throw 'broken'")).isInstanceOf(ScriptException.class)
                .hasMessageContaining("broken");
    }

    /** Closing the engine disposes its runspace, which leaves Get-Runspace's list. */
    @Test
    void closeDisposesTheRunspace() {
        Runspace runspace = engine.getRunspace();
        assertThat(Runspace.all()).contains(runspace);
        engine.close();
        assertThat(runspace.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Closed);
        assertThat(Runspace.all()).doesNotContain(runspace);
    }

    /** The factory's standard parameters describe jpwsh and PowerShell. */
    @Test
    void factoryDescribesItself() {
        var factory = engine.getFactory();
        assertThat(factory.getParameter(ScriptEngine.NAME)).isEqualTo("powershell");
        assertThat(factory.getParameter(ScriptEngine.LANGUAGE)).isEqualTo("PowerShell");
        assertThat(factory.getParameter(ScriptEngine.ENGINE)).isEqualTo("jpwsh");
        assertThat(factory.getOutputStatement("it's")).isEqualTo("Write-Output 'it''s'");
    }
}
