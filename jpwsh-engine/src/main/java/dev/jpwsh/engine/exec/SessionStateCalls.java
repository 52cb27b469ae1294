package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.scope.Scope;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The current scope of each session state (the session's own, outside modules, and each module's), which pwsh keeps
 * per session state and jpwsh finds on demand: a call that crosses from one session state into another records the
 * caller's frame for the scope it creates, so the chain of calls can be followed back across the crossings. A
 * function or block bound to a session state then runs in a child of that state's current scope, the innermost
 * scope of that state still running, as pwsh does: a function defined outside modules, called by a module function
 * that a function called, sees that function's variables, and a module function called back from outside sees the
 * variables of the module function that is still running. Thread-safe; the records go with their scopes.
 */
final class SessionStateCalls {
    /** For each scope a crossing call created, the frame of the call that crossed. */
    private static final Map<Scope, Frame> CROSSED_FROM = Collections.synchronizedMap(new WeakHashMap<>());

    private SessionStateCalls() {
    }

    /** Records that the scope {@code created} belongs to a call made from {@code caller}, in another session state. */
    static void crossed(Scope created, Frame caller) {
        CROSSED_FROM.put(created, caller);
    }

    /**
     * The frame whose scope is the current scope of the session state of {@code module} (a module, or null for the
     * session's own state) as seen from {@code caller}: the caller's own frame when it runs in that state, else the
     * frame each crossing was made from, followed back until one runs there; null when the chain ends first (a
     * module's own code, run by Import-Module, records no crossing).
     */
    static Frame currentFrame(Frame caller, Object module, ModuleScopes modules) {
        Frame frame = caller;
        while (frame != null) {
            Object state = modules.moduleOf(frame.scope());
            if (state == module) {
                return frame;
            }
            frame = crossing(frame.scope(), state, modules);
        }
        return null;
    }

    /** The frame of the crossing into {@code state} that {@code scope} lies under, or null. */
    private static Frame crossing(Scope scope, Object state, ModuleScopes modules) {
        for (Scope s = scope; s != null && modules.moduleOf(s) == state; s = s.parent()) {
            Frame from = CROSSED_FROM.get(s);
            if (from != null) {
                return from;
            }
        }
        return null;
    }
}
