package dev.jpwsh.engine.runspaces;

import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jpwsh.dotnet.DotNetEnums.ActionPreference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Spec 5.11 and the batch rules of 5.2: what PSInvocationSettings change for one invocation. */
class PSInvocationSettingsTest {
    private final PowerShell shell = PowerShell.create();

    @AfterEach
    void dispose() {
        shell.dispose();
    }

    private static PSInvocationSettings withErrorAction(ActionPreference preference) {
        PSInvocationSettings settings = new PSInvocationSettings();
        settings.setErrorActionPreference(preference);
        return settings;
    }

    /** Three statements, the second of which throws; the third records that it ran. */
    private PowerShell batchWithFailingMiddle() {
        return shell.addScript("$ran = $null; 1").addStatement().addScript("throw 'middle'").addStatement()
                .addScript("$ran = 'third'; 3");
    }

    /** The defaults: no host, no history, no error action, flow control hidden, apartment Unknown. */
    @Test
    void defaults() {
        PSInvocationSettings settings = new PSInvocationSettings();
        assertThat(settings.getHost()).isNull();
        assertThat(settings.getAddToHistory()).isFalse();
        assertThat(settings.getErrorActionPreference()).isNull();
        assertThat(settings.getExposeFlowControlExceptions()).isFalse();
        assertThat(settings.getApartmentState()).isEqualTo(ApartmentState.Unknown);
    }

    /** Setting Host to null fails with PSArgumentNullException. */
    @Test
    void nullHostIsRejected() {
        assertPSError(() -> new PSInvocationSettings().setHost(null), "ArgumentNull",
                "System.Management.Automation.PSArgumentNullException");
    }

    /** The settings' host is $Host for that invocation only. */
    @Test
    void hostIsSwappedForOneInvocation() {
        DefaultHost other = new DefaultHost();
        PSInvocationSettings settings = new PSInvocationSettings();
        settings.setHost(other);
        shell.addScript("$Host");
        Object original = shell.invoke().getFirst();
        assertThat(shell.invoke(null, settings)).containsExactly(other);
        assertThat(shell.invoke().getFirst()).isSameAs(original).isNotSameAs(other);
    }

    /** Without settings a batch records a statement's terminating error and goes on. */
    @Test
    void batchRecordsAndContinuesByDefault() {
        assertThat(batchWithFailingMiddle().invoke()).containsExactly(1, 3);
        assertThat(shell.getStreams().getError()).hasSize(1);
        assertThat(shell.getHadErrors()).isTrue();
    }

    /** ErrorActionPreference Stop ends the batch with the statement's error. */
    @Test
    void batchStopRethrows() {
        Throwable thrown = catchThrowable(() -> batchWithFailingMiddle().invoke(null,
                withErrorAction(ActionPreference.Stop)));
        assertThat(thrown).hasMessageContaining("middle");
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Failed);
        assertThat(shell.getRunspace().getSessionStateProxy().getVariable("ran")).isNull();
        assertThat(shell.getStreams().getError()).isEmpty();
    }

    /** ErrorActionPreference Ignore drops the error unrecorded, though HadErrors is still set. */
    @Test
    void batchIgnoreDropsTheError() {
        assertThat(batchWithFailingMiddle().invoke(null, withErrorAction(ActionPreference.Ignore)))
                .containsExactly(1, 3);
        assertThat(shell.getStreams().getError()).isEmpty();
        assertThat(shell.getHadErrors()).isTrue();
    }

    /** BeginInvoke takes settings too. */
    @Test
    void beginInvokeUsesSettings() throws Exception {
        PowerShellAsyncResult result = batchWithFailingMiddle().beginInvoke(null,
                withErrorAction(ActionPreference.Ignore), null, "state");
        assertThat(shell.endInvoke(result)).containsExactly(1, 3);
        assertThat(result.getAsyncState()).isEqualTo("state");
        assertThat(shell.getStreams().getError()).isEmpty();
    }

    /** A break outside any loop ends the invocation as Completed, unless flow control is exposed. */
    @Test
    void exposedBreakFailsTheInvocation() {
        shell.addScript("1; break; 2");
        assertThat(shell.invoke()).containsExactly(1);
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Completed);
        PSInvocationSettings settings = new PSInvocationSettings();
        settings.setExposeFlowControlExceptions(true);
        assertPSError(() -> shell.invoke(null, settings), "BreakException",
                "System.Management.Automation.BreakException");
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Failed);
    }

    /** An exposed exit surfaces as ExitException. */
    @Test
    void exposedExit() {
        PSInvocationSettings settings = new PSInvocationSettings();
        settings.setExposeFlowControlExceptions(true);
        assertPSError(() -> shell.addScript("exit 3").invoke(null, settings), "ExitException",
                "System.Management.Automation.ExitException");
    }

    /** Without AddToHistory an invocation leaves $? as it found it; with it, the last statement's $? stays. */
    @Test
    void addToHistoryKeepsTheLastStatus() {
        PSInvocationSettings history = new PSInvocationSettings();
        history.setAddToHistory(true);
        shell.addScript("1/0");
        shell.invoke();
        assertThat(question()).isEqualTo(true);
        shell.invoke(null, history);
        assertThat(question()).isEqualTo(false);
    }

    private Object question() {
        try (PowerShell probe = PowerShell.create(shell.getRunspace())) {
            PSInvocationSettings history = new PSInvocationSettings();
            history.setAddToHistory(true);
            return probe.addScript("$?").invoke(null, history).getFirst();
        }
    }

    /** Scripts reach the type by its .NET name. */
    @Test
    void reachableFromScripts() {
        shell.addScript("$s = [System.Management.Automation.PSInvocationSettings]::new(); $s.AddToHistory = $true; "
                + "$s.ErrorActionPreference = 'Ignore'; $s.AddToHistory; $s.ErrorActionPreference; "
                + "$s.GetType().FullName");
        assertThat(shell.invoke()).containsExactly(true, ActionPreference.Ignore,
                "System.Management.Automation.PSInvocationSettings");
    }
}
