package dev.jpwsh.engine.runspaces;

import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Spec 5.2, 5.3, 5.7 and 6: building commands, synchronous Invoke, streams and errors. */
class PowerShellInvokeTest {
    private final PowerShell shell = PowerShell.create();

    @AfterEach
    void disposeShell() {
        shell.dispose();
    }

    /** Two AddScript calls form one pipeline: the second reads the first's output as its input. */
    @Test
    void addScriptsFormOnePipeline() {
        shell.addScript("1, 2, 3").addScript("process { $_ * 10 }");
        assertThat(shell.invoke()).containsExactly(10, 20, 30);
    }

    /** Invoke's input feeds the first command. */
    @Test
    void inputFeedsTheFirstCommand() {
        shell.addScript("foreach ($i in $input) { $i + 1 }");
        assertThat(shell.invoke(List.of(1, 2))).containsExactly(2, 3);
    }

    /** Invoke<T>: every output item converted as PowerShell converts values; a failed conversion is thrown. */
    @Test
    void invokeConvertsEachItem() {
        shell.addScript("'7', 2.5, $true");
        assertThat(shell.invoke(String.class)).containsExactly("7", "2.5", "True");
        assertThat(shell.invoke(Integer.class)).containsExactly(7, 2, 1);
        shell.getCommands().clear();
        shell.addScript("'seven'");
        assertThat(catchThrowable(() -> shell.invoke(Integer.class))).hasMessageContaining("Cannot convert value");
    }

    /** Invoke(input, output): the output is appended to the caller's list, and kept when a later statement fails. */
    @Test
    void invokeAppendsToTheCallersList() {
        List<Object> output = new java.util.ArrayList<>(List.of("first"));
        shell.addScript("process { $_ + 1 }");
        shell.invoke(List.of(1, 2), output);
        assertThat(output).containsExactly("first", 2, 3);

        PowerShell failing = PowerShell.create().addScript("'kept'; throw 'bad'");
        List<Object> partial = new java.util.ArrayList<>();
        assertThat(catchThrowable(() -> failing.invoke(null, partial))).hasMessage("bad");
        assertThat(partial).containsExactly("kept");
        failing.dispose();
    }

    /** AddParameters: a dictionary's string keys name parameters; other keys, no command or null are refused. */
    @Test
    void addParametersChecksItsArguments() {
        assertPSError(() -> shell.addParameters(Map.of("x", 1)), "ParameterRequiresCommand",
                "System.InvalidOperationException");
        shell.addScript("param($Name, $Count) \"$Name x$Count\"");
        assertPSError(() -> shell.addParameters(null), "ArgumentNull",
                "System.Management.Automation.PSArgumentNullException");
        assertPSError(() -> shell.addParameters(Map.of(1, "one")), "KeyMustBeString",
                "System.Management.Automation.PSArgumentException");
        shell.addParameters(Map.of("Name", "jpwsh", "Count", 2));
        assertThat(shell.invoke()).containsExactly("jpwsh x2");
    }

    /** AddStatement runs statements one after another into the same output. */
    @Test
    void statementsRunInOrder() {
        shell.addScript("'a'").addStatement().addScript("'b'");
        assertThat(shell.invoke()).containsExactly("a", "b");
        assertThat(shell.getHadErrors()).isFalse();
    }

    /** In batch mode a throw becomes an error record and the next statement still runs. */
    @Test
    void batchContinuesAfterThrow() {
        shell.addScript("'before'").addStatement().addScript("throw 'boom'").addStatement().addScript("'after'");
        assertThat(shell.invoke()).containsExactly("before", "after");
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Completed);
        assertThat(shell.getHadErrors()).isTrue();
        assertThat(shell.getStreams().getError()).hasSize(1);
        assertThat(((ErrorRecord) shell.getStreams().getError().getFirst()).message()).isEqualTo("boom");
    }

    /** Parameters bind to the most recent command; a script's param block receives them. */
    @Test
    void parametersBindToTheLastCommand() {
        shell.addScript("param($a, $b) \"$a-$b\"").addParameter("b", 2).addParameter("a", 1);
        assertThat(shell.invoke()).containsExactly("1-2");
    }

    /** AddParameter and AddArgument without a command fail ParameterRequiresCommand. */
    @Test
    void parameterRequiresCommand() {
        assertPSError(() -> shell.addParameter("x", 1), "ParameterRequiresCommand",
                "System.InvalidOperationException");
        assertPSError(() -> shell.addArgument(1), "ParameterRequiresCommand", "System.InvalidOperationException");
    }

    /** Invoke without commands fails NoCommandToInvoke and leaves the state NotStarted. */
    @Test
    void noCommandToInvoke() {
        assertPSError(shell::invoke, "NoCommandToInvoke", "System.InvalidOperationException");
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.NotStarted);
    }

    /** Invoke while an invocation runs fails ExecutionAlreadyStarted; building fails InvalidPowerShellStateGeneral. */
    @Test
    void executionAlreadyStarted() throws Exception {
        Gate gate = new Gate();
        gate.hold(shell, "'done'");
        PowerShellAsyncResult result = shell.beginInvoke();
        gate.awaitStarted();
        assertPSError(shell::invoke, "ExecutionAlreadyStarted", "System.InvalidOperationException");
        assertPSError(shell::beginInvoke, "ExecutionAlreadyStarted", "System.InvalidOperationException");
        assertPSError(() -> shell.addScript("1"), "InvalidPowerShellStateGeneral",
                "System.Management.Automation.InvalidPowerShellStateException");
        gate.open();
        assertThat(shell.endInvoke(result)).containsExactly("done");
    }

    /** HadErrors is reset at the start of every invocation. */
    @Test
    void hadErrorsResets() {
        shell.addScript("if (-not $failedOnce) { $global:failedOnce = $true; throw 'first' }; 'second'");
        assertThat(catchThrowable(shell::invoke)).hasMessage("first");
        assertThat(shell.getHadErrors()).isTrue();
        assertThat(shell.invoke()).containsExactly("second");
        assertThat(shell.getHadErrors()).isFalse();
    }

    /** A statement-terminating error is recorded, sets HadErrors, and the script goes on; the end is Completed. */
    @Test
    void statementErrorContinues() {
        shell.addScript("1/0; 'after'");
        assertThat(shell.invoke()).containsExactly("after");
        assertThat(shell.getStreams().getError()).hasSize(1);
        assertThat(shell.getHadErrors()).isTrue();
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Completed);
    }

    /**
     * A throw fails the invocation: Invoke throws a RuntimeException whose error id is the thrown text, as in
     * pwsh; it is the Reason, and it is not in the error stream.
     */
    @Test
    void throwFails() {
        shell.addScript("'partial'; throw 'boom'");
        var error = assertPSError(shell::invoke, "boom", "System.Management.Automation.RuntimeException");
        assertThat(error).hasMessage("boom");
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Failed);
        assertThat(shell.getInvocationStateInfo().getReason()).isSameAs(error);
        assertThat(shell.getStreams().getError()).isEmpty();
        assertThat(shell.getHadErrors()).isTrue();
    }

    /** Streams keep what every invocation wrote until ClearStreams. */
    @Test
    void streamsAccumulateUntilCleared() {
        shell.addScript("1/0");
        shell.invoke();
        shell.invoke();
        assertThat(shell.getStreams().getError()).hasSize(2);
        shell.getStreams().clearStreams();
        assertThat(shell.getStreams().getError()).isEmpty();
        shell.invoke();
        assertThat(shell.getStreams().getError()).hasSize(1);
    }

    /** The same commands run again on the same runspace, which keeps the global state of earlier runs. */
    @Test
    void reinvokeKeepsRunspaceState() {
        shell.addScript("$global:count++; $count");
        assertThat(shell.invoke()).containsExactly(1);
        assertThat(shell.invoke()).containsExactly(2);
        assertThat(shell.getIsRunspaceOwner()).isTrue();
    }

    /** Dispose disposes the runspace the PowerShell created for itself. */
    @Test
    void disposeDisposesAnOwnedRunspace() {
        Runspace owned = shell.getRunspace();
        shell.dispose();
        assertThat(owned.isDisposed()).isTrue();
        assertPSError(shell::invoke, "ObjectDisposed", "System.ObjectDisposedException");
    }
}
