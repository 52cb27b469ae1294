package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.exec.InformationRecord;
import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.engine.exec.ProgressRecord;
import dev.jpwsh.engine.runspaces.PSInvocationSettings;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.RemoteStreamOptions;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The streams besides output and errors over a process pipe to another jpwsh: Progress (activity, status,
 * percentage, record type), Information (message, tags, Write-Host's PSHOST tag), Verbose and Debug; and the
 * RemoteStreamOptions the client asks for: an invocation without settings gets its errors with where they happened
 * (AddInvocationInfo, as pwsh's client asks), one with settings does not.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RemoteStreamsTest extends PipeServerTest {
    @Test
    void progressInformationVerboseAndDebugCrossThePipe() {
        try (Runspace runspace = openRemote()) {
            PowerShell shell = PowerShell.create(runspace).addScript("Write-Progress -Activity act -Status stat "
                    + "-PercentComplete 40; Write-Progress -Activity act -Completed; "
                    + "Write-Information 'info' -Tags t1, t2; Write-Host 'shown'; Write-Verbose 'verb' -Verbose; "
                    + "Write-Debug 'dbg' -Debug; 'out'");
            assertThat(shell.invoke()).map(String::valueOf).containsExactly("out");
            var progress = shell.getStreams().getProgress();
            assertThat(progress).hasSize(2);
            ProgressRecord first = (ProgressRecord) progress.getFirst();
            assertThat(first.getActivity()).isEqualTo("act");
            assertThat(first.getStatusDescription()).isEqualTo("stat");
            assertThat(first.getPercentComplete()).isEqualTo(40);
            assertThat(((ProgressRecord) progress.get(1)).getRecordType())
                    .isEqualTo(ProgressRecord.RecordType.Completed);
            var information = shell.getStreams().getInformation();
            assertThat(information).hasSize(2);
            InformationRecord info = (InformationRecord) information.getFirst();
            assertThat(String.valueOf(info.getMessageData())).isEqualTo("info");
            assertThat(info.getTags()).map(String::valueOf).containsExactly("t1", "t2");
            InformationRecord host = (InformationRecord) information.get(1);
            assertThat(String.valueOf(host.getMessageData())).isEqualTo("shown");
            assertThat(host.getTags()).map(String::valueOf).containsExactly("PSHOST");
            assertThat(shell.getStreams().getVerbose()).singleElement()
                    .satisfies(v -> assertThat(((InformationalRecord) v).getMessage()).isEqualTo("verb"));
            assertThat(shell.getStreams().getDebug()).singleElement()
                    .satisfies(d -> assertThat(((InformationalRecord) d).getMessage()).isEqualTo("dbg"));
        }
    }

    @Test
    void anInvocationWithoutSettingsOrAskingForItGetsItsErrorsWithWhereTheyHappened() {
        String script = "function f { Write-Error 'bad' }\nf";
        try (Runspace runspace = openRemote()) {
            PowerShell plain = PowerShell.create(runspace).addScript(script);
            plain.invoke();
            ErrorRecord withInfo = (ErrorRecord) plain.getStreams().getError().getFirst();
            assertThat(withInfo.getInvocationInfo().getScriptLineNumber()).isEqualTo(2);
            PowerShell set = PowerShell.create(runspace).addScript(script);
            set.invoke(null, new PSInvocationSettings());
            ErrorRecord without = (ErrorRecord) set.getStreams().getError().getFirst();
            assertThat(without.getInvocationInfo() == null ? 0 : without.getInvocationInfo().getScriptLineNumber())
                    .isZero();
            PSInvocationSettings asking = new PSInvocationSettings();
            asking.setRemoteStreamOptions(RemoteStreamOptions.Parse("AddInvocationInfoToErrorRecord"));
            PowerShell asked = PowerShell.create(runspace).addScript(script);
            asked.invoke(null, asking);
            ErrorRecord askedFor = (ErrorRecord) asked.getStreams().getError().getFirst();
            assertThat(askedFor.getInvocationInfo().getScriptLineNumber()).isEqualTo(2);
        }
    }
}
