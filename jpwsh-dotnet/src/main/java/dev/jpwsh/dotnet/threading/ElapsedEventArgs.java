package dev.jpwsh.dotnet.threading;

import dev.jpwsh.dotnet.EventArgs;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.runtime.object.DotNetName;

/** What a {@link Timer}'s Elapsed event carries: when it fired. */
@DotNetName("System.Timers.ElapsedEventArgs")
public final class ElapsedEventArgs extends EventArgs {
    private final DateTime signalTime;

    public ElapsedEventArgs(DateTime signalTime) {
        this.signalTime = signalTime;
    }

    public DateTime getSignalTime() {
        return signalTime;
    }
}
