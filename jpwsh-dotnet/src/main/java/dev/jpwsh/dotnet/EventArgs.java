package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;

/** System.EventArgs: the base of what an event passes its handlers; {@code $Event.SourceEventArgs} is one. */
@DotNetName("System.EventArgs")
public class EventArgs {
    public static final EventArgs Empty = new EventArgs();

    @Override
    public String toString() {
        DotNetName name = getClass().getAnnotation(DotNetName.class);
        return name.value();
    }
}
