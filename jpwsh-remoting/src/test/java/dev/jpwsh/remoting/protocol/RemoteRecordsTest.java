package dev.jpwsh.remoting.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.ErrorRecord.ScriptPosition;
import dev.jpwsh.runtime.error.PSRuntimeException;
import org.junit.jupiter.api.Test;

/** Error records across the wire: what the server writes as pwsh's notes, and how the client rehydrates them. */
class RemoteRecordsTest {
    private static ErrorRecord notFound() {
        return new ErrorRecord(new PSRuntimeException("PathNotFound", "ObjectNotFound", "Cannot find path '/x'.", null,
                "System.Management.Automation.ItemNotFoundException"),
                "PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand", "ObjectNotFound", "/x",
                new ScriptPosition("", 2, 5, "    Get-Item /x", 11), "Get-Item");
    }

    private static Object roundTrip(Object data) {
        return Clixml.deserialize(Clixml.serialize(data));
    }

    @Test
    void withoutInvocationInfoTheRecordKeepsItsCategoryInfoAndNamesItsCommandByTheActivity() {
        ErrorRecord back = RemoteRecords.errorRecord(roundTrip(RemoteRecords.error(notFound(), false)));
        assertThat(back.exception().getClass()).isEqualTo(PSRuntimeException.class);
        assertThat(((PSRuntimeException) back.exception()).dotNetType())
                .isEqualTo("System.Management.Automation.RemoteException");
        assertThat(back.getFullyQualifiedErrorId()).isEqualTo("PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand");
        assertThat(back.getCategoryInfo()).hasToString("ObjectNotFound: (/x:String) [Get-Item], ItemNotFoundException");
        assertThat(back.commandName()).isEqualTo("Get-Item");
        assertThat(back.position()).isEqualTo(ScriptPosition.NONE);
    }

    @Test
    void withInvocationInfoThePositionRunsFromItsColumnToTheEndOfTheLine() {
        ErrorRecord back = RemoteRecords.errorRecord(roundTrip(RemoteRecords.error(notFound(), true)));
        assertThat(back.position()).isEqualTo(new ScriptPosition("", 2, 5, "    Get-Item /x", 11));
        assertThat(back.commandName()).isEqualTo("Get-Item");
    }

    @Test
    void remoteStreamOptionsAskForInvocationInfoByBitOrByName() {
        assertThat(RemoteRecords.asksErrorInvocationInfo(0)).isFalse();
        assertThat(RemoteRecords.asksErrorInvocationInfo(15)).isTrue();
        assertThat(RemoteRecords.asksErrorInvocationInfo(2)).isFalse();
        assertThat(RemoteRecords.asksErrorInvocationInfo("AddInvocationInfo")).isTrue();
        assertThat(RemoteRecords.asksErrorInvocationInfo("AddInvocationInfoToWarningRecord")).isFalse();
        assertThat(RemoteRecords.asksErrorInvocationInfo(null)).isFalse();
    }
}
