package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.languagemode.PSLanguageMode;
import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Spec 3.2 and 4: the session's language mode, SessionStateProxy.LanguageMode and what each mode lets the API run. */
class LanguageModeTest {
    private static final String PARSE_EXCEPTION = "System.Management.Automation.ParseException";
    private static final String RUNTIME_EXCEPTION = "System.Management.Automation.RuntimeException";
    private static final String INVALID_RUNSPACE_STATE =
            "System.Management.Automation.Runspaces.InvalidRunspaceStateException";

    private final List<Runspace> runspaces = new ArrayList<>();

    @AfterEach
    void dispose() {
        runspaces.forEach(Runspace::dispose);
    }

    private Runspace open(PSLanguageMode mode) {
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.setLanguageMode(mode);
        return open(iss);
    }

    private Runspace open(InitialSessionState iss) {
        Runspace runspace = RunspaceFactory.createRunspace(iss);
        runspaces.add(runspace);
        runspace.open();
        return runspace;
    }

    private static List<Object> run(Runspace runspace, String script) {
        try (PowerShell shell = PowerShell.create(runspace)) {
            return new ArrayList<>(shell.addScript(script).invoke());
        }
    }

    /** An open runspace starts in its InitialSessionState's mode, which scripts see in $ExecutionContext. */
    @Test
    void sessionStartsInTheInitialSessionStatesMode() {
        Runspace runspace = open(PSLanguageMode.ConstrainedLanguage);
        assertThat(runspace.getSessionStateProxy().getLanguageMode()).isEqualTo(PSLanguageMode.ConstrainedLanguage);
        assertThat(run(runspace, "$ExecutionContext.SessionState.LanguageMode"))
                .containsExactly(PSLanguageMode.ConstrainedLanguage);
    }

    /** The runspace copies its InitialSessionState: setting the state's mode later changes nothing. */
    @Test
    void laterEditsOfTheInitialSessionStateDoNotReachTheSession() {
        InitialSessionState iss = InitialSessionState.createDefault();
        Runspace runspace = open(iss);
        iss.setLanguageMode(PSLanguageMode.NoLanguage);
        assertThat(runspace.getSessionStateProxy().getLanguageMode()).isEqualTo(PSLanguageMode.FullLanguage);
    }

    /** SessionStateProxy.LanguageMode, read or set, needs an Opened runspace. */
    @Test
    void proxyLanguageModeNeedsAnOpenedRunspace() {
        Runspace runspace = RunspaceFactory.createRunspace();
        runspaces.add(runspace);
        SessionStateProxy proxy = runspace.getSessionStateProxy();
        assertPSError(proxy::getLanguageMode, "RunspaceNotInOpenedState", INVALID_RUNSPACE_STATE);
        assertPSError(() -> proxy.setLanguageMode(PSLanguageMode.NoLanguage), "RunspaceNotInOpenedState",
                INVALID_RUNSPACE_STATE);
        runspace.open();
        runspace.close();
        assertPSError(proxy::getLanguageMode, "RunspaceNotInOpenedState", INVALID_RUNSPACE_STATE);
    }

    /** Unlike the other proxy members, LanguageMode may be read and set while a pipeline runs. */
    @Test
    void proxyLanguageModeIgnoresARunningPipeline() throws Exception {
        Runspace runspace = open(PSLanguageMode.FullLanguage);
        Gate gate = new Gate();
        try (PowerShell shell = gate.hold(PowerShell.create(runspace), "$ExecutionContext.SessionState.LanguageMode")) {
            PowerShellAsyncResult result = shell.beginInvoke();
            gate.awaitStarted();
            SessionStateProxy proxy = runspace.getSessionStateProxy();
            assertThat(proxy.getLanguageMode()).isEqualTo(PSLanguageMode.FullLanguage);
            proxy.setLanguageMode(PSLanguageMode.RestrictedLanguage);
            gate.open();
            assertThat(shell.endInvoke(result)).containsExactly(PSLanguageMode.RestrictedLanguage);
        }
    }

    /** Setting ConstrainedLanguage through the proxy constrains the scripts that run afterwards. */
    @Test
    void proxySetConstrainsLaterScripts() {
        Runspace runspace = open(PSLanguageMode.FullLanguage);
        assertThat(run(runspace, "[math]::Max(1, 2)")).containsExactly(2);
        runspace.getSessionStateProxy().setLanguageMode(PSLanguageMode.ConstrainedLanguage);
        assertThat(run(runspace, "try { [math]::Max(1, 2) } catch { $_.FullyQualifiedErrorId }"))
                .containsExactly("MethodInvocationNotSupportedInConstrainedLanguage");
    }

    /** A script block keeps the mode of the session it was created in, whatever the session's mode later. */
    @Test
    void scriptBlockKeepsTheModeItWasCreatedIn() {
        Runspace runspace = open(PSLanguageMode.ConstrainedLanguage);
        run(runspace, "$global:block = { $ExecutionContext.SessionState.LanguageMode }");
        runspace.getSessionStateProxy().setLanguageMode(PSLanguageMode.FullLanguage);
        assertThat(run(runspace, "& $block; $ExecutionContext.SessionState.LanguageMode"))
                .containsExactly(PSLanguageMode.ConstrainedLanguage, PSLanguageMode.FullLanguage);
    }

    /** A SessionStateFunctionEntry's function runs in FullLanguage inside a constrained session, then hands back. */
    @Test
    void functionEntryIsPinnedToFullLanguage() {
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.setLanguageMode(PSLanguageMode.ConstrainedLanguage);
        iss.getCommands().Add(new SessionStateFunctionEntry("Get-Trusted",
                "[math]::Max(1, 2); $ExecutionContext.SessionState.LanguageMode"));
        Runspace runspace = open(iss);
        try (PowerShell shell = PowerShell.create(runspace)) {
            assertThat(shell.addCommand("Get-Trusted").invoke()).containsExactly(2, PSLanguageMode.FullLanguage);
        }
        assertThat(runspace.getSessionStateProxy().getLanguageMode()).isEqualTo(PSLanguageMode.ConstrainedLanguage);
    }

    /**
     * AddCommand with useLocalScope false is refused in RestrictedLanguage and NoLanguage before the command is
     * even looked up; the other modes dot-source it.
     */
    @Test
    void dotSourcedCommandIsRefusedInRestrictedAndNoLanguage() {
        for (PSLanguageMode mode : List.of(PSLanguageMode.RestrictedLanguage, PSLanguageMode.NoLanguage)) {
            try (PowerShell shell = PowerShell.create(open(mode))) {
                shell.addCommand("Set-Nothing", false);
                assertThat(assertPSError(shell::invoke, "RuntimeException", RUNTIME_EXCEPTION).getMessage()).isEqualTo(
                        "UseLocalScope cannot be false when language mode is RestrictedLanguage or NoLanguage.");
            }
        }
        for (PSLanguageMode mode : List.of(PSLanguageMode.FullLanguage, PSLanguageMode.ConstrainedLanguage)) {
            Runspace runspace = open(mode);
            run(runspace, "function Set-Dotted { $dotted = 'in the caller scope' }");
            try (PowerShell shell = PowerShell.create(runspace)) {
                shell.addCommand("Set-Dotted", false).invoke();
            }
            assertThat(runspace.getSessionStateProxy().getVariable("dotted")).isEqualTo("in the caller scope");
        }
    }

    /** NoLanguage refuses script text (ScriptsNotAllowed) whether it came from the ISS or from the proxy. */
    @Test
    void noLanguageRefusesScriptText() {
        Runspace fromIss = open(PSLanguageMode.NoLanguage);
        assertPSError(() -> run(fromIss, "1"), "ScriptsNotAllowed", PARSE_EXCEPTION);
        Runspace fromProxy = open(PSLanguageMode.FullLanguage);
        run(fromProxy, "function Get-Word { 'command' }");
        fromProxy.getSessionStateProxy().setLanguageMode(PSLanguageMode.NoLanguage);
        assertPSError(() -> run(fromProxy, "1"), "ScriptsNotAllowed", PARSE_EXCEPTION);
        try (PowerShell shell = PowerShell.create(fromProxy)) {
            assertThat(shell.addCommand("Get-Word").invoke()).containsExactly("command");
        }
    }

    /** RestrictedLanguage checks the whole text before any of it runs; the first broken rule gives the id. */
    @Test
    void restrictedLanguageChecksTheWholeTextFirst() {
        Runspace runspace = open(PSLanguageMode.RestrictedLanguage);
        assertThat(run(runspace, "'ok'; if (1 -lt 2) { $true }")).containsExactly("ok", true);
        try (PowerShell shell = PowerShell.create(runspace)) {
            shell.addScript("$global:ran = 'yes'; 'ran'; $x = 1");
            assertPSError(shell::invoke, "AssignmentStatementNotSupportedInDataSection", PARSE_EXCEPTION);
            assertThat(shell.getStreams().getError()).isEmpty();
        }
        assertThat(runspace.getSessionStateProxy().getVariable("ran")).isNull();
        assertPSError(() -> run(runspace, "param($a) 'x'"), "InvalidScriptBlockInDataSection", PARSE_EXCEPTION);
    }

    /** The ParseException's message gives each broken rule with its position, separated by blank lines. */
    @Test
    void restrictedLanguageMessageListsEveryError() {
        Runspace runspace = open(PSLanguageMode.RestrictedLanguage);
        String message = assertPSError(() -> run(runspace, "'a'.Length\n$b"),
                "PropertyReferenceNotSupportedInDataSection", PARSE_EXCEPTION).getMessage();
        assertThat(message).isEqualTo("""
                At line:1 char:1
                + 'a'.Length
                + ~~~~~~~~~~
                Property references are not allowed in restricted language mode or a Data section.

                At line:2 char:1
                + $b
                + ~~
                A variable that cannot be referenced in restricted language mode or a Data section is being \
                referenced. Variables that can be referenced include the following: $PSCulture, $PSUICulture, \
                $true, $false, $null.""");
    }

    /**
     * ConstrainedLanguage refuses a method of a Java object the host handed in by every route a script has to it,
     * before the method runs: the ForEach intrinsic with and without arguments, Where then a call, method-call
     * enumeration, a name in a variable, ForEach-Object -MemberName, and a read of the method's name as a property
     * (under strict mode too).
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void constrainedSessionCallsNoMethodOfAHandedObject() {
        Runspace runspace = open(PSLanguageMode.ConstrainedLanguage);
        CallRecorder recorder = new CallRecorder();
        runspace.getSessionStateProxy().setVariable("recorder", recorder);
        List<String> routes = List.of("@($recorder).ForEach('record', 1)", "@($recorder).ForEach('record')",
                "@($recorder).Where({ $true }).record()", "@($recorder, $recorder).record()",
                "$name = 'record'; $recorder.$name()", "$recorder.record()");
        for (String route : routes) {
            assertThat(run(runspace, "try { " + route + " } catch { $_.FullyQualifiedErrorId }")).as(route)
                    .containsExactly("MethodInvocationNotSupportedInConstrainedLanguage");
        }
        assertThat(run(runspace, "$recorder | ForEach-Object -MemberName record -ErrorAction SilentlyContinue; "
                + "$null -eq $recorder.record")).containsExactly(true);
        // strict mode asks whether the member exists when the read gives nothing: asking calls nothing
        assertThat(run(runspace, "Set-StrictMode -Version 2; $null -eq $recorder.record")).containsExactly(true);
        assertThat(recorder.calls()).isZero();
        assertThat(runspace.getSessionStateProxy().getLanguageMode()).isEqualTo(PSLanguageMode.ConstrainedLanguage);
    }

    /** In FullLanguage the same routes reach the method, so the refusals above are the language mode's. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fullLanguageReachesTheSameMethod() {
        Runspace runspace = open(PSLanguageMode.FullLanguage);
        CallRecorder recorder = new CallRecorder();
        runspace.getSessionStateProxy().setVariable("recorder", recorder);
        run(runspace, "@($recorder).ForEach('record'); $name = 'record'; $recorder.$name(); $recorder.record");
        assertThat(recorder.calls()).isEqualTo(3);
    }

    /** ConstrainedLanguage refuses to change a JDK map or list the host handed in, by index or as a property. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void constrainedSessionCannotChangeAHandedJdkCollection() {
        Runspace runspace = open(PSLanguageMode.ConstrainedLanguage);
        Properties properties = new Properties();
        List<Object> list = new ArrayList<>(List.of("kept"));
        runspace.getSessionStateProxy().setVariable("properties", properties);
        runspace.getSessionStateProxy().setVariable("list", list);
        for (String change : List.of("$properties['user.dir'] = '/'", "$properties.key = 'v'", "$list[0] = 'x'")) {
            assertThat(run(runspace, "try { " + change + " } catch { $_.FullyQualifiedErrorId }")).as(change)
                    .containsExactly("PropertySetterNotSupportedInConstrainedLanguage");
        }
        assertThat(properties).isEmpty();
        assertThat(list).containsExactly("kept");
    }

    /**
     * InitialSessionState.HideJavaTypes: a FullLanguage session resolves no Java class by its Java name (TypeNotFound)
     * but keeps PowerShell's types and FullLanguage; Clone keeps the setting, and by default nothing is hidden.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void hideJavaTypesHidesJavaNamesInFullLanguage() {
        InitialSessionState iss = InitialSessionState.createDefault2();
        assertThat(iss.getHideJavaTypes()).isFalse();
        String probe = "try { [java.util.HashMap] } catch { $_.FullyQualifiedErrorId }; "
                + "try { [type]'java.util.HashMap' } catch { $_.FullyQualifiedErrorId }; [math]::Max(1, 2)";
        assertThat(run(open(iss.Clone()), probe).getFirst()).isEqualTo(java.util.HashMap.class);
        iss.setHideJavaTypes(true);
        assertThat(iss.Clone().getHideJavaTypes()).isTrue();
        Runspace hiding = open(iss);
        assertThat(hiding.getSessionStateProxy().getLanguageMode()).isEqualTo(PSLanguageMode.FullLanguage);
        assertThat(run(hiding, probe)).containsExactly("TypeNotFound", "ConvertToFinalInvalidCastException", 2);
    }

    /** Whatever the InitialSessionState says, ConstrainedLanguage and RestrictedLanguage resolve no Java class name. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void constrainedSessionResolvesNoJavaName() {
        Runspace runspace = open(PSLanguageMode.ConstrainedLanguage);
        assertThat(run(runspace, "try { [java.lang.Runtime] } catch { $_.FullyQualifiedErrorId }; "
                + "try { [type]'java.lang.Runtime' } catch { $_.FullyQualifiedErrorId }; [hashtable].Name"))
                .containsExactly("TypeNotFound", "ConversionSupportedOnlyToCoreTypes", "Hashtable");
    }
}
