package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.FlagNames;
import dev.jpwsh.runtime.object.FlagsEnum;

/**
 * pwsh's RemoteStreamOptions: which records a remote runspace's server gives their invocation info (error, warning,
 * debug, verbose), as a PowerShell's {@link PSInvocationSettings} ask for them in CREATE_PIPELINE.
 */
@DotNetName("System.Management.Automation.RemoteStreamOptions")
public record RemoteStreamOptions(int flags) implements FlagsEnum {
    private static final FlagNames NAMES = new FlagNames("None", 0, "AddInvocationInfoToErrorRecord", 0x1,
            "AddInvocationInfoToWarningRecord", 0x2, "AddInvocationInfoToDebugRecord", 0x4,
            "AddInvocationInfoToVerboseRecord", 0x8, "AddInvocationInfo", 0xf);

    public static final RemoteStreamOptions None = new RemoteStreamOptions(0);
    public static final RemoteStreamOptions AddInvocationInfo = new RemoteStreamOptions(0xf);

    /** {@code [RemoteStreamOptions]'AddInvocationInfoToErrorRecord, AddInvocationInfoToWarningRecord'}. */
    public static RemoteStreamOptions Parse(String text) {
        return new RemoteStreamOptions((int) NAMES.parse(text));
    }

    @Override
    public long value() {
        return flags;
    }

    @Override
    public RemoteStreamOptions withValue(long value) {
        return new RemoteStreamOptions((int) value);
    }

    @Override
    public String toString() {
        return NAMES.format(flags);
    }
}
