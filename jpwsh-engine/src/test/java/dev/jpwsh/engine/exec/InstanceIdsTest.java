package dev.jpwsh.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InstanceIdsTest {
    /** An instance id is a version-4, RFC 4122 variant GUID, as NewGuid's are. */
    @Test
    void idsAreVersionFourGuids() {
        for (int i = 0; i < 1_000; i++) {
            UUID id = InstanceIds.next().value();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
        }
    }

    /** Ids made on several threads at once do not repeat. */
    @Test
    void idsDoNotRepeatAcrossThreads() throws InterruptedException {
        Set<UUID> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = Thread.ofVirtual().start(() -> {
                Set<UUID> mine = new HashSet<>();
                for (int i = 0; i < 50_000; i++) {
                    mine.add(InstanceIds.next().value());
                }
                seen.addAll(mine);
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(seen).hasSize(200_000);
    }
}
