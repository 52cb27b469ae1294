package dev.jpwsh.engine.runspaces;

import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.scope.VariableOptions;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Spec 3 and 1.5: what an initial session state puts in a runspace, and ResetRunspaceState. */
class SessionStateTest {
    /** Variable entries reach every runspace by reference; function entries are defined in each. */
    @Test
    void entriesAreSharedByReference() {
        Map<String, Object> shared = new ConcurrentHashMap<>();
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.getVariables().Add(new SessionStateVariableEntry("shared", shared, "a map"));
        iss.getCommands().Add(new SessionStateFunctionEntry("Get-Twice", "param($x) $x * 2"));
        try (PowerShell first = PowerShell.create(iss); PowerShell second = PowerShell.create(iss)) {
            first.addScript("$shared['from'] = 'first'; Get-Twice 4").invoke();
            assertThat(second.addScript("$shared['from']; Get-Twice 5").invoke()).containsExactly("first", 10);
            assertThat(shared).containsEntry("from", "first");
            first.getRunspace().dispose();
            second.getRunspace().dispose();
        }
    }

    /** The four variable entry constructors of spec 3.2: options default to None, attributes are kept. */
    @Test
    void variableEntryConstructors() {
        Object attribute = new Object();
        assertThat(new SessionStateVariableEntry("a", 1, "d").getOptions()).isEqualTo(VariableOptions.None);
        assertThat(new SessionStateVariableEntry("a", 1, "d", VariableOptions.AllScope).getOptions())
                .isEqualTo(VariableOptions.AllScope);
        assertThat(new SessionStateVariableEntry("a", 1, "d", VariableOptions.None, List.of(attribute, attribute))
                .getAttributes()).hasSize(2);
        assertThat(new SessionStateVariableEntry("a", 1, "d", VariableOptions.None, attribute).getAttributes())
                .containsExactly(attribute);
    }

    /** Editing an initial session state after a runspace was created from it does not reach that runspace. */
    @Test
    void runspaceClonesItsInitialSessionState() {
        InitialSessionState iss = InitialSessionState.createDefault();
        Runspace runspace = RunspaceFactory.createRunspace(iss);
        iss.getVariables().Add(new SessionStateVariableEntry("late", 1, null));
        runspace.open();
        assertThat(runspace.getSessionStateProxy().getVariable("late")).isNull();
        runspace.dispose();
    }

    /** An empty session state is NoLanguage: script text fails with ScriptsNotAllowed and the call ends Failed. */
    @Test
    void noLanguageRefusesScripts() {
        try (PowerShell shell = PowerShell.create(InitialSessionState.create())) {
            shell.addScript("1");
            assertPSError(shell::invoke, "ScriptsNotAllowed", "System.Management.Automation.ParseException");
            assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Failed);
            shell.getRunspace().dispose();
        }
    }

    /** A reset runspace keeps its entries but nothing defined since open: variables, functions, $Error. */
    @Test
    void resetLeavesOnlyTheInitialEntries() {
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.getVariables().Add(new SessionStateVariableEntry("kept", "entry", null));
        Runspace runspace = RunspaceFactory.createRunspace(iss);
        runspace.open();
        try (PowerShell shell = PowerShell.create(runspace)) {
            shell.addScript("$kept = 'changed'; $leftover = 1; function Old { 'old' }; 1/0").invoke();
            runspace.resetRunspaceState();
            assertThat(runspace.getSessionStateProxy().getVariable("kept")).isEqualTo("entry");
            assertThat(runspace.getSessionStateProxy().getVariable("leftover")).isNull();
            shell.getCommands().clear();
            assertThat(shell.addScript("$Error.Count; Old").invoke()).containsExactly(0);
            assertThat(shell.getStreams().getError()).hasSize(2);
        }
        runspace.dispose();
    }

    /** Reset needs an open runspace. */
    @Test
    void resetOfAClosedRunspaceFails() {
        Runspace runspace = RunspaceFactory.createRunspace();
        assertPSError(runspace::resetRunspaceState, "RunspaceNotInOpenedState",
                "System.Management.Automation.PSInvalidOperationException");
        runspace.dispose();
    }
}
