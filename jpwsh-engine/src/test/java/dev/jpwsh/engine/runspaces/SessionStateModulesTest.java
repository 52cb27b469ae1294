package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.modules.ModuleTable;
import dev.jpwsh.engine.modules.PSModuleInfo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jpwsh.engine.exec.EnvironmentVariables;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec 3.2: modules an initial session state imports by name when a runspace opens. */
class SessionStateModulesTest {
    private static final EnvironmentVariables ENVIRONMENT = new EnvironmentVariables();

    @TempDir
    Path modules;
    private Object savedModulePath;

    @BeforeEach
    void putModuleOnThePath() throws IOException {
        Path folder = Files.createDirectories(modules.resolve("Counter"));
        Files.writeString(folder.resolve("Counter.psm1"), """
                $count = 0
                function Add-Count { $script:count++; $script:count }
                """);
        savedModulePath = ENVIRONMENT.get("PSModulePath");
        ENVIRONMENT.set("PSModulePath", modules.toString());
    }

    @AfterEach
    void restoreModulePath() {
        ENVIRONMENT.set("PSModulePath", savedModulePath == null ? null : savedModulePath.toString());
    }

    /** A module named by an initial session state is imported at open, its functions keeping state in its scope. */
    @Test
    void moduleImportedByNameAtOpen() {
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.importPSModule("Counter");
        try (PowerShell shell = PowerShell.create(iss)) {
            assertThat(shell.addScript("Add-Count; Add-Count").invoke()).containsExactly(1, 2);
            shell.getRunspace().dispose();
        }
    }

    /** Every runspace runs the one compiled copy of the module's code, in a module scope of its own. */
    @Test
    void moduleCodeIsCompiledOnceForEveryRunspace() {
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.importPSModule("Counter");
        Runspace first = open(iss);
        Runspace second = open(iss);
        ScriptBlock inFirst = (ScriptBlock) first.context().global().lookupFunction(Scope.key("Add-Count"));
        ScriptBlock inSecond = (ScriptBlock) second.context().global().lookupFunction(Scope.key("Add-Count"));
        assertThat(inFirst.body()).isSameAs(inSecond.body());
        assertThat(inFirst).isNotSameAs(inSecond);
        first.dispose();
        second.dispose();
    }

    /** A reset runspace keeps its imported modules' functions. */
    @Test
    void resetKeepsImportedModules() {
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.importPSModule("Counter");
        Runspace runspace = open(iss);
        runspace.resetRunspaceState();
        try (PowerShell shell = PowerShell.create(runspace)) {
            assertThat(shell.addScript("Add-Count").invoke()).containsExactly(1);
        }
        runspace.dispose();
    }

    /** An unknown name fails Open when ThrowOnRunspaceOpenError is set, with Import-Module's error in ErrorRecords. */
    @Test
    void unknownModuleFailsOpenWithItsErrorRecords() {
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.importPSModule("NoSuchModule");
        iss.setThrowOnRunspaceOpenError(true);
        Runspace runspace = RunspaceFactory.createRunspace(iss);
        RunspaceOpenModuleLoadException failure = catchThrowableOfType(RunspaceOpenModuleLoadException.class,
                runspace::open);
        assertThat(failure.errorId()).isEqualTo("ErrorLoadingModulesOnRunspaceOpen");
        assertThat(failure.getErrorRecords()).singleElement().extracting(r -> r.fullyQualifiedErrorId())
                .isEqualTo("Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand");
        assertThat(runspace.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Broken);
        runspace.dispose();
    }

    /**
     * pwsh's own modules import as the modules of jpwsh's built-in cmdlets (their cmdlets are jpwsh-commands', not
     * on this module's class path; golden session/built-in-modules checks them), and fail nothing; the Core snap-in's
     * name imports nothing.
     */
    @Test
    void builtInModuleNamesImportTheirModules() {
        InitialSessionState iss = InitialSessionState.createDefault();
        iss.importPSModule(new String[] {"Microsoft.PowerShell.Utility", "ThreadJob", "Microsoft.PowerShell.Core"});
        iss.setThrowOnRunspaceOpenError(true);
        Runspace runspace = open(iss);
        assertThat(ModuleTable.of(runspace.context()).all(true)).extracting(PSModuleInfo::getName)
                .containsExactlyInAnyOrder("Microsoft.PowerShell.Utility", "ThreadJob");
        runspace.dispose();
    }

    private static Runspace open(InitialSessionState iss) {
        Runspace runspace = RunspaceFactory.createRunspace(iss);
        runspace.open();
        return runspace;
    }
}
