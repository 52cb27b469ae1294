package dev.jpwsh.engine.runspaces;

import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.host.Host;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The hosting API refuses null arguments as System.Management.Automation does (PSTraceSource.NewArgumentNullException
 * in PowerShell.cs, PSCommand.cs and RunspaceFactory.cs), never with a Java NullPointerException; a null parameter
 * name is a positional argument, as .NET's CommandParameter makes it.
 */
@Timeout(30)
class HostingNullArgumentsTest {
    private static final String ARGUMENT_NULL = "System.Management.Automation.PSArgumentNullException";

    private final PowerShell shell = PowerShell.create();

    @AfterEach
    void dispose() {
        shell.dispose();
    }

    @Test
    void addScriptNullIsArgumentNull() {
        assertArgumentNull(() -> shell.addScript(null), "script");
        assertArgumentNull(() -> shell.addScript(null, true), "script");
    }

    @Test
    void addCommandNullIsArgumentNull() {
        assertArgumentNull(() -> shell.addCommand(null), "command");
        assertArgumentNull(() -> shell.addCommand(null, false), "cmdlet");
    }

    @Test
    void setCommandsNullIsArgumentNull() {
        assertArgumentNull(() -> shell.setCommands(null), "Command");
    }

    @Test
    void factoriesRefuseNull() {
        assertPSError(() -> RunspaceFactory.createRunspace((Host) null), "ArgumentNull", ARGUMENT_NULL);
        assertPSError(() -> RunspaceFactory.createRunspace((InitialSessionState) null), "ArgumentNull",
                ARGUMENT_NULL);
        assertPSError(() -> RunspaceFactory.createRunspacePool((InitialSessionState) null), "ArgumentNull",
                ARGUMENT_NULL);
        assertPSError(() -> PowerShell.create((Runspace) null), "ArgumentNull", ARGUMENT_NULL);
        assertPSError(() -> PowerShell.create((InitialSessionState) null), "ArgumentNull", ARGUMENT_NULL);
    }

    @Test
    void nullParameterNameIsAPositionalArgument() {
        shell.addScript("param($a) \"[$a]\"").addParameter(null, "x");
        assertThat(shell.invoke()).containsExactly("[x]");
    }

    @Test
    void blankParameterNameIsInvalid() {
        shell.addScript("1");
        assertPSError(() -> shell.addParameter(" ", 1), "Argument",
                "System.Management.Automation.PSArgumentException");
    }

    /** A PSArgumentNullException whose message names the argument, in pwsh's ArgumentNull wording. */
    private static void assertArgumentNull(ThrowingCallable call, String argument) {
        assertThat(assertPSError(call, "ArgumentNull", ARGUMENT_NULL).getMessage()).isEqualTo("Cannot process "
                + "argument because the value of argument \"" + argument + "\" is null. Change the value of argument \""
                + argument + "\" to a non-null value.");
    }
}
