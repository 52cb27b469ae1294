package dev.jpwsh.engine.runspaces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runaway recursion ends in pwsh's ScriptCallDepthException on whatever thread the pipeline runs, however small its
 * stack, and leaves the runspace usable; a thread with a larger stack allows deeper recursion.
 */
class CallDepthTest {
    private static final String RUNAWAY = "function Enter-Deeper { Enter-Deeper }; Enter-Deeper";
    private static final String CALL_DEPTH_OVERFLOW = "System.Management.Automation.ScriptCallDepthException";

    /**
     * On a runspace's virtual thread the overflow ends the deepest call's statement, as an error in the error stream;
     * the script goes on, and the runspace runs the next invocation.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void runawayRecursionEndsOnlyTheDeepestStatement() {
        Runspace runspace = RunspaceFactory.createRunspace();
        runspace.open();
        try (PowerShell shell = PowerShell.create(runspace)) {
            assertThat(shell.addScript(RUNAWAY + "; 'went on'").invoke()).containsExactly("went on");
            assertThat(shell.getStreams().getError()).singleElement().isInstanceOfSatisfying(ErrorRecord.class, error -> {
                assertThat(error.fullyQualifiedErrorId()).isEqualTo("CallDepthOverflow");
                assertThat(error.exception()).isInstanceOfSatisfying(PSRuntimeException.class,
                        e -> assertThat(e.dotNetType()).isEqualTo(CALL_DEPTH_OVERFLOW));
            });
            shell.getCommands().clear();
            List<Object> output = shell.addScript("function Step($n) { if ($n) { Step ($n - 1) } }; Step 300; 'ok'")
                    .invoke();
            assertThat(output).containsExactly("ok");
        } finally {
            runspace.dispose();
        }
    }

    /** A platform thread with a small stack still gets the PowerShell error, which a script can catch. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void smallStackThreadGetsTheError() throws Exception {
        assertThat(onThreadWithStack(384 << 10, "try { " + RUNAWAY + " } catch { $_.FullyQualifiedErrorId }"))
                .containsExactly("CallDepthOverflow");
    }

    /** An 8 MB stack, the console's, allows deeper recursion than the some 4,700 levels pwsh reaches. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void eightMegabyteStackAllowsDeepRecursion() throws Exception {
        assertThat(onThreadWithStack(8 << 20, "function Step($n) { if ($n) { Step ($n - 1) } }; Step 5000; 'ok'"))
                .containsExactly("ok");
    }

    private static List<Object> onThreadWithStack(long stackSize, String script) throws Exception {
        CompletableFuture<List<Object>> result = new CompletableFuture<>();
        Thread.ofPlatform().stackSize(stackSize).start(() -> {
            Runspace runspace = RunspaceFactory.createRunspace();
            runspace.setThreadOptions(PSThreadOptions.UseCurrentThread);
            runspace.open();
            try (PowerShell shell = PowerShell.create(runspace)) {
                result.complete(List.copyOf(shell.addScript(script).invoke()));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            } finally {
                runspace.dispose();
            }
        });
        return result.get(50, TimeUnit.SECONDS);
    }
}
