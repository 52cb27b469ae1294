package dev.jpwsh.engine.provider;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The locations {@code Set-Location -} and {@code Set-Location +} go back and forward through, the last twenty
 * each way, as in pwsh. Pipeline thread only.
 */
public final class LocationHistory {
    private static final int LIMIT = 20;

    private final Deque<ProviderPath> back = new ArrayDeque<>();
    private final Deque<ProviderPath> forward = new ArrayDeque<>();

    /**
     * {@return the location to go to for {@code -} (back) or {@code +}}
     *
     * @throws dev.jpwsh.engine.exec.PSException when there is none that way
     */
    public ProviderPath step(boolean backwards) {
        Deque<ProviderPath> from = backwards ? back : forward;
        if (from.isEmpty()) {
            throw ProviderErrors.invalidOperation("InvalidOperation", "There is no location history left to "
                    + "navigate " + (backwards ? "backwards" : "forwards") + ".", null);
        }
        return from.peek();
    }

    /** Records a move away from {@code from} made by Set-Location with {@code argument} as its path. */
    public void moved(ProviderPath from, String argument) {
        if ("-".equals(argument)) {
            back.poll();
            push(forward, from);
        } else if ("+".equals(argument)) {
            forward.poll();
            push(back, from);
        } else {
            push(back, from);
            forward.clear();
        }
    }

    private static void push(Deque<ProviderPath> stack, ProviderPath location) {
        stack.push(location);
        if (stack.size() > LIMIT) {
            stack.removeLast();
        }
    }
}
