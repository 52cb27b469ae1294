package dev.jpwsh.remoting.server;

import dev.jpwsh.dotnet.threading.EngineThreads;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The server's disconnected sessions, by runspace pool id: a session whose client went away without closing it (a
 * Disconnect, or a client that died) keeps its pool and its running commands for {@link #KEPT}, waiting for the
 * client to reconnect (CONNECT_RUNSPACEPOOL); then it is closed. At most {@value #MAX_KEPT} are kept; a session
 * beyond that is closed at once. {@code sessions} is guarded by this class.
 */
final class RetainedSessions {
    /** How long a disconnected session waits for its client (pwsh's WSMan sessions wait two hours by default). */
    static final Duration KEPT = Duration.ofMinutes(5);
    private static final int MAX_KEPT = 16;
    private static final Map<UUID, ServerSession> SESSIONS = new LinkedHashMap<>();

    private RetainedSessions() {
    }

    /** {@return whether {@code session} is kept for its client; if not, the caller closes it} */
    static boolean keep(UUID poolId, ServerSession session) {
        synchronized (RetainedSessions.class) {
            if (SESSIONS.size() >= MAX_KEPT || SESSIONS.containsKey(poolId)) {
                return false;
            }
            SESSIONS.put(poolId, session);
        }
        EngineThreads.virtual("disconnected session " + poolId).start(() -> expire(poolId, session));
        return true;
    }

    /** {@return the disconnected session of pool {@code poolId}, no longer kept, or null} */
    static synchronized ServerSession take(UUID poolId) {
        return SESSIONS.remove(poolId);
    }

    private static void expire(UUID poolId, ServerSession session) {
        try {
            Thread.sleep(KEPT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean expired;
        synchronized (RetainedSessions.class) {
            expired = SESSIONS.remove(poolId, session);
        }
        if (expired) {
            session.end();
        }
    }
}
