package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.dotnet.security.PSCredential;
import dev.jpwsh.dotnet.security.SecureStrings;
import dev.jpwsh.engine.host.ChoiceDescription;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Host calls from a server (PIPELINE_HOST_CALL and PIPELINE_HOST_RESPONSE): Read-Host and {@code $Host.UI} writes in a
 * remote runspace over a second jpwsh's pipe reach the host the client's runspace was made with; a client host with
 * no user makes Read-Host fail there as it fails in a host without one.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RemoteHostCallTest extends PipeServerTest {
    /** A host whose user types {@code typed} and whose screen is {@code screen}. */
    record TypingHost(StringBuilder screen) implements Host {
        @Override
        public String name() {
            return "TypingHost";
        }

        @Override
        public HostUserInterface ui() {
            return new HostUserInterface() {
                @Override
                public void write(String text) {
                    screen.append(text);
                }

                @Override
                public void write(Color foreground, Color background, String text) {
                    screen.append('[').append(foreground).append(']').append(text);
                }

                @Override
                public void writeErrorLine(String text) {
                    screen.append("error: ").append(text).append('\n');
                }

                @Override
                public void writeError(ErrorRecord record) {
                    writeErrorLine(record.message());
                }

                @Override
                public void writeWarningLine(String text) {
                    screen.append("warning: ").append(text).append('\n');
                }

                @Override
                public void writeVerboseLine(String text) {
                    screen.append("verbose: ").append(text).append('\n');
                }

                @Override
                public void writeDebugLine(String text) {
                    screen.append("debug: ").append(text).append('\n');
                }

                @Override
                public String readLine(String prompt, boolean mask) {
                    screen.append(prompt);
                    return "typed";
                }

                @Override
                public int promptForChoice(Object caption, Object message, Object choices, int defaultChoice) {
                    screen.append("choice ").append(caption).append('/').append(message).append(':');
                    for (ChoiceDescription choice : ChoiceDescription.listOf(choices)) {
                        screen.append(' ').append(choice.getLabel()).append('=').append(choice.getHelpMessage());
                    }
                    screen.append(" default ").append(defaultChoice).append('\n');
                    return 1;
                }

                @Override
                public Object promptForCredential(Object caption, Object message, Object userName,
                        Object targetName) {
                    screen.append("credential ").append(caption).append('/').append(message).append(" for ")
                            .append(userName).append('\n');
                    return new PSCredential(String.valueOf(userName), SecureStrings.of("secret"));
                }
            };
        }
    }

    @Test
    void readHostAndHostWritesReachTheClientsHost() {
        StringBuilder screen = new StringBuilder();
        try (Runspace runspace = RunspaceFactory.createRunspace(new TypingHost(screen),
                new NamedPipeConnectionInfo((int) server.pid()))) {
            runspace.open();
            var output = PowerShell.create(runspace).addScript("$name = Read-Host 'Your name'; \"hello $name\"; "
                    + "$Host.UI.WriteLine('a line'); $Host.UI.WriteErrorLine('bad')").invoke();
            assertThat(output).containsExactly("hello typed");
            assertThat(screen).hasToString("Your name: a line\nerror: bad\n");
        }
    }

    @Test
    void promptForChoiceAndPromptForCredentialAreAskedByTheClientsHost() {
        StringBuilder screen = new StringBuilder();
        try (Runspace runspace = RunspaceFactory.createRunspace(new TypingHost(screen),
                new NamedPipeConnectionInfo((int) server.pid()))) {
            runspace.open();
            var output = PowerShell.create(runspace).addScript("$yes = [System.Management.Automation.Host."
                    + "ChoiceDescription]::new('&Yes', 'do it'); "
                    + "$Host.UI.PromptForChoice('Pick', 'Which one?', [System.Management.Automation.Host."
                    + "ChoiceDescription[]]@($yes, '&No'), 0); "
                    + "$c = $Host.UI.PromptForCredential('Sign in', 'Your password', 'bob', ''); "
                    + "$c.GetType().FullName; $c.UserName; $c.GetNetworkCredential().Password").invoke();
            assertThat(output).map(String::valueOf).containsExactly("1", "System.Management.Automation.PSCredential",
                    "bob", "secret");
            assertThat(screen).hasToString("choice Pick/Which one?: &Yes=do it &No= default 0\n"
                    + "credential Sign in/Your password for bob\n");
        }
    }

    @Test
    void aClientHostWithoutAUserMakesPromptsFailOnTheServer() {
        try (Runspace runspace = RunspaceFactory.createRunspace(new NamedPipeConnectionInfo((int) server.pid()))) {
            runspace.open();
            PowerShell shell = PowerShell.create(runspace).addScript("try { $Host.UI.PromptForChoice('c', 'm', "
                    + "[System.Management.Automation.Host.ChoiceDescription[]]@('&Yes'), 0) } catch { \"$_\" }");
            assertThat(shell.invoke()).singleElement().asString().contains("does not support user interaction");
        }
    }

    @Test
    void aClientHostWithoutAUserMakesReadHostFailOnTheServer() {
        try (Runspace runspace = RunspaceFactory.createRunspace(new NamedPipeConnectionInfo((int) server.pid()))) {
            runspace.open();
            PowerShell shell = PowerShell.create(runspace).addScript("Read-Host 'Your name'");
            assertThat(shell.invoke()).isEmpty();
            assertThat(shell.getStreams().getError()).singleElement().asString()
                    .contains("does not support user interaction");
        }
    }
}
