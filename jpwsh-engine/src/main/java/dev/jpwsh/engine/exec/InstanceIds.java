package dev.jpwsh.engine.exec;

import dev.jpwsh.dotnet.SystemStatics.Guid;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The InstanceId of an engine object (runspace, pool, PowerShell, job, host): a version-4 GUID from a fast generator.
 * Instance ids must be unique, not unguessable, so they do not take {@code [guid]::NewGuid()}'s secure random source,
 * whose first use costs milliseconds of start-up and each later use far more than the rest of a runspace's creation.
 */
public final class InstanceIds {
    private InstanceIds() {
    }

    public static Guid next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000L << 48) | 0x8000L << 48;
        return new Guid(new UUID(high, low));
    }
}
