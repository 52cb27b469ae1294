package dev.jpwsh.engine.runspaces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.command.ArgumentCompleters;
import dev.jpwsh.engine.command.FunctionInfo;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The session's argument completer registry, as a completion engine will query it. */
class ArgumentCompletersTest {
    private Runspace runspace;
    private ArgumentCompleters completers;

    @BeforeEach
    void open() {
        runspace = RunspaceFactory.createRunspace(InitialSessionState.createDefault());
        runspace.open();
        completers = ArgumentCompleters.of(runspace.context());
    }

    @AfterEach
    void close() {
        runspace.dispose();
    }

    /** A completer registered for one command's parameter wins over one registered for the parameter anywhere. */
    @Test
    void commandCompleterWinsOverParameterCompleter() {
        ScriptBlock anywhere = ScriptBlock.Create("'any'");
        ScriptBlock forCommand = ScriptBlock.Create("'one'");
        completers.register(null, "Path", anywhere);
        completers.register("Get-Thing", "Path", forCommand);
        assertThat(completers.completerFor("get-thing", "path")).isSameAs(forCommand);
        assertThat(completers.completerFor("Get-Other", "Path")).isSameAs(anywhere);
        assertThat(completers.completerFor(null, "PATH")).isSameAs(anywhere);
        assertThat(completers.completerFor("Get-Other", "Name")).isNull();
    }

    /** Native completers are found by the program's name in any case; registering again replaces. */
    @Test
    void nativeCompleterIsFoundByProgramName() {
        ScriptBlock first = ScriptBlock.Create("'a'");
        ScriptBlock second = ScriptBlock.Create("'b'");
        completers.registerNative("git", first);
        completers.registerNative("Git", second);
        assertThat(completers.nativeCompleterFor("GIT")).isSameAs(second);
        assertThat(completers.nativeCompleterFor("tar")).isNull();
    }

    /** A function's [ArgumentCompleter] gives its script block and [ArgumentCompletions] its values. */
    @Test
    void declaredCompletersComeFromTheParameterAttributes() {
        try (PowerShell shell = PowerShell.create(runspace)) {
            shell.addScript("function global:Set-Paint { param([ArgumentCompleter({ 'red' })] $Colour, "
                    + "[ArgumentCompletions('matt', 'gloss')] $Finish, $Plain) }").invoke();
        }
        Frame frame = new Frame(runspace.context(), runspace.context().global(), runspace.context().global());
        FunctionInfo function = new FunctionInfo("Set-Paint",
                (ScriptBlock) runspace.context().global().lookupFunction(Scope.key("Set-Paint")), "");
        assertThat(ArgumentCompleters.declaredCompleter(function, "colour", frame)).isInstanceOf(ScriptBlock.class);
        assertThat(ArgumentCompleters.declaredCompletions(function, "Finish")).containsExactly("matt", "gloss");
        assertThat(ArgumentCompleters.declaredCompleter(function, "Plain", frame)).isNull();
        assertThat(ArgumentCompleters.declaredCompletions(function, "Plain")).isEmpty();
    }
}
