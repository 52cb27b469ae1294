package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.languagemode.PSLanguageMode;
import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.engine.scope.VariableOptions;
import org.junit.jupiter.api.Test;
import java.util.List;

/** Spec 3.2: the command entries of an initial session state, and the commands they give a runspace. */
class CommandEntriesTest {
    /** A function entry's definition is parsed when the entry is made: a syntax error throws a ParseException. */
    @Test
    void functionEntryParsesItsDefinitionAtOnce() {
        assertPSError(() -> new SessionStateFunctionEntry("Get-Broken", "{"), "MissingEndCurlyBrace",
                "System.Management.Automation.ParseException");
    }

    /** Every runspace built from an entry runs the one block compiled when the entry was made. */
    @Test
    void functionEntryIsCompiledOnceForEveryRunspace() {
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.getCommands().Add(new SessionStateFunctionEntry("Get-Twice", "param($x) $x * 2"));
        Runspace first = open(iss);
        Runspace second = open(iss);
        Object firstBlock = first.context().global().lookupFunction(Scope.key("Get-Twice"));
        Object secondBlock = second.context().global().lookupFunction(Scope.key("Get-Twice"));
        assertThat(((ScriptBlock) firstBlock).body()).isSameAs(((ScriptBlock) secondBlock).body());
        first.dispose();
        second.dispose();
    }

    /** An empty state with a cmdlet entry and an alias entry has exactly those commands, run through AddCommand. */
    @Test
    void emptyStateHasExactlyTheCmdletsOfItsEntries() {
        InitialSessionState iss = InitialSessionState.create();
        iss.getCommands().Add(new SessionStateCmdletEntry("Get-Greeting", GreetingCommand.class, null));
        iss.getCommands().Add(new SessionStateAliasEntry("greet", "Get-Greeting"));
        try (PowerShell shell = PowerShell.create(iss)) {
            assertThat(shell.addCommand("greet").addArgument("entries").invoke()).containsExactly("Hello, entries");
            shell.getCommands().clear();
            assertPSError(shell.addCommand("Write-Output")::invoke, "CommandNotFoundException",
                    "System.Management.Automation.CommandNotFoundException");
            shell.getCommands().clear();
            assertPSError(shell.addScript("Get-Greeting x")::invoke, "ScriptsNotAllowed",
                    "System.Management.Automation.ParseException");
            shell.getRunspace().dispose();
        }
    }

    /** The same state in FullLanguage runs script text, which finds the entries' commands. */
    @Test
    void fullLanguageStateRunsScriptsWithItsEntries() {
        InitialSessionState iss = InitialSessionState.create();
        iss.setLanguageMode(PSLanguageMode.FullLanguage);
        iss.getCommands().Add(new SessionStateCmdletEntry("Get-Greeting", GreetingCommand.class, null));
        try (PowerShell shell = PowerShell.create(iss)) {
            assertThat(shell.addScript("Get-Greeting script").invoke()).containsExactly("Hello, script");
            shell.getRunspace().dispose();
        }
    }

    /** A Private command is not found from the host's pipeline, but a public function may call it. */
    @Test
    void privateCommandIsReachableOnlyThroughFunctions() {
        InitialSessionState iss = InitialSessionState.create();
        SessionStateCmdletEntry greeting = new SessionStateCmdletEntry("Get-Greeting", GreetingCommand.class, null);
        greeting.setVisibility(SessionStateEntryVisibility.Private);
        iss.getCommands().Add(greeting);
        iss.getCommands().Add(new SessionStateFunctionEntry("Invoke-Greeting", "Get-Greeting proxy"));
        try (PowerShell shell = PowerShell.create(iss)) {
            assertPSError(shell.addCommand("Get-Greeting")::invoke, "CommandNotFoundException",
                    "System.Management.Automation.CommandNotFoundException");
            shell.getCommands().clear();
            assertThat(shell.addCommand("Invoke-Greeting").invoke()).containsExactly("Hello, proxy");
            shell.getRunspace().dispose();
        }
    }

    /** A ReadOnly function entry is not redefined; the definition statement fails with FunctionNotWritable. */
    @Test
    void readOnlyFunctionEntryRefusesRedefinition() {
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.getCommands().Add(new SessionStateFunctionEntry("Get-Fixed", "'fixed'", VariableOptions.ReadOnly, null));
        try (PowerShell shell = PowerShell.create(iss)) {
            assertThat(shell.addScript("function Get-Fixed { 'changed' }; Get-Fixed").invoke())
                    .containsExactly("fixed");
            assertThat(shell.getStreams().getError()).singleElement()
                    .extracting(e -> ((dev.jpwsh.runtime.error.ErrorRecord) e).fullyQualifiedErrorId())
                    .isEqualTo("FunctionNotWritable");
            shell.getRunspace().dispose();
        }
    }

    /** A variable entry's options reach its variable: a ReadOnly one refuses assignments. */
    @Test
    void variableEntryOptionsApply() {
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.getVariables().Add(new SessionStateVariableEntry("limit", 10, "fixed", VariableOptions.ReadOnly));
        try (PowerShell shell = PowerShell.create(iss)) {
            assertThat(shell.addScript("$limit = 11; $limit").invoke()).containsExactly(10);
            assertThat(shell.getStreams().getError()).hasSize(1);
            shell.getRunspace().dispose();
        }
    }

    /** The collection finds entries by name in any case, removes them by name and entry type, and counts them. */
    @Test
    void collectionIndexesAndRemovesByName() {
        EntryCollection<SessionStateCommandEntry> commands = InitialSessionState.create().getCommands();
        commands.Add(List.of(new SessionStateAliasEntry("greet", "Get-Greeting"),
                new SessionStateFunctionEntry("greet", "'function'"),
                new SessionStateCmdletEntry("Get-Greeting", GreetingCommand.class, null)));
        assertThat(commands.item("GREET")).hasSize(2);
        commands.Remove("Greet", SessionStateAliasEntry.class);
        assertThat(commands.item("greet")).singleElement().isInstanceOf(SessionStateFunctionEntry.class);
        commands.Remove("greet", null);
        assertThat(commands).hasSize(1);
        commands.clear();
        assertThat(commands.size()).isZero();
    }

    /** A clone's entries are copies: changing one's visibility leaves the original's alone. */
    @Test
    void cloneCopiesTheEntries() {
        InitialSessionState original = InitialSessionState.create();
        original.getCommands().Add(new SessionStateCmdletEntry("Get-Greeting", GreetingCommand.class, null));
        InitialSessionState copy = original.Clone();
        copy.getCommands().get(0).setVisibility(SessionStateEntryVisibility.Private);
        assertThat(original.getCommands().get(0).getVisibility()).isEqualTo(SessionStateEntryVisibility.Public);
    }

    private static Runspace open(InitialSessionState iss) {
        Runspace runspace = RunspaceFactory.createRunspace(iss);
        runspace.open();
        return runspace;
    }
}
