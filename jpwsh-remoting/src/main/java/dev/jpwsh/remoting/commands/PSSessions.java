package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.exec.ExecutionContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The PSSessions one session lists (pwsh's RunspaceRepository): added by New-PSSession, removed by Remove-PSSession.
 * Installed in a session the first time a session cmdlet asks for it. {@code sessions} is guarded by this.
 */
final class PSSessions {
    private static final Object INSTALLING = new Object();
    private final List<PSSession> sessions = new ArrayList<>();

    /** {@return the sessions of {@code context}, made on first use} */
    static PSSessions of(ExecutionContext context) {
        synchronized (INSTALLING) {
            PSSessions found = context.findService(PSSessions.class);
            if (found == null) {
                found = new PSSessions();
                context.installService(PSSessions.class, found);
            }
            return found;
        }
    }

    synchronized void add(PSSession session) {
        sessions.add(session);
    }

    synchronized void remove(PSSession session) {
        sessions.remove(session);
    }

    /** {@return every session, by Id} */
    synchronized List<PSSession> all() {
        List<PSSession> copy = new ArrayList<>(sessions);
        copy.sort(java.util.Comparator.comparingInt(PSSession::getId));
        return copy;
    }
}
