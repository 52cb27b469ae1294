package dev.jpwsh.remoting.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.remoting.server.StandardStreamsServer;
import dev.jpwsh.remoting.wire.MessageType;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client of a Start-Job child's server (its standard streams, {@link StandardStreamsServer}) that stops reading
 * while a command writes a million objects: the server keeps no more than its connection's queue for it, the command
 * waits, and once the client reads again every object arrives, in order.
 */
class SlowClientTest {
    private static final int COUNT = 1_000_000;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aClientThatStopsReadingHoldsTheCommandBackAndLaterGetsEveryObjectInOrder() throws Exception {
        try (SessionClient client = new SessionClient(server -> StandardStreamsServer.serve(server, false))) {
            client.open();
            client.start("1.." + COUNT);
            Connection server = client.server();
            int looks = 0;
            while (looks < 10) {
                assertThat(server.backlog()).isLessThanOrEqualTo(Connection.QUEUE);
                looks = server.waitingSenders() > 0 ? looks + 1 : 0;
                Thread.sleep(100);
            }
            AtomicInteger next = new AtomicInteger(1);
            AtomicReference<String> outOfOrder = new AtomicReference<>();
            client.until(MessageType.PIPELINE_STATE, m -> {
                if (m.type() == MessageType.PIPELINE_OUTPUT) {
                    String expected = "<I32>" + next.getAndIncrement() + "</I32>";
                    if (!m.xml().strip().equals(expected) && outOfOrder.get() == null) {
                        outOfOrder.set(m.xml().strip() + " where " + expected + " was due");
                    }
                }
            });
            assertThat(outOfOrder.get()).isNull();
            assertThat(next.get() - 1).isEqualTo(COUNT);
        }
    }
}
