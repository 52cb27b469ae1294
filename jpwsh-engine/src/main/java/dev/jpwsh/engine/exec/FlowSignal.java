package dev.jpwsh.engine.exec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Control flow that unwinds Java frames: break, continue, return, exit and stopping upstream commands. Signals carry no stack trace, so
 * throwing one costs little; the label-less break and continue are shared instances.
 */
public abstract sealed class FlowSignal extends RuntimeException {
    FlowSignal() {
        super(null, null, false, false);
    }

    /** {@code break [label]}; a null label breaks the innermost loop or switch. */
    public static final class Break extends FlowSignal {
        public static final Break UNLABELED = new Break(null);
        private final String label;

        public Break(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** {@code continue [label]}. */
    public static final class Continue extends FlowSignal {
        public static final Continue UNLABELED = new Continue(null);
        private final String label;

        public Continue(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * {@code return}: leaves the function or script block; its value was already written to the output. Where a
     * sub-expression or an assignment's value was collecting output ({@code $x = if ($a) { return 1 }},
     * {@code $("a"; return "b")}), what it had collected goes on with the signal, to be written to the output of the
     * block the return leaves ({@link #writeCarried}), as pwsh flushes it to the outer pipe.
     */
    public static final class Return extends FlowSignal {
        public static final Return INSTANCE = new Return(List.of());
        private final List<Object> carried;

        private Return(List<Object> carried) {
            this.carried = carried;
        }

        /** {@return this signal carrying {@code collected} ahead of what it carries already} */
        public Return carrying(List<Object> collected) {
            if (collected.isEmpty()) {
                return this;
            }
            List<Object> all = new ArrayList<>(collected);
            all.addAll(carried);
            return new Return(Collections.unmodifiableList(all));
        }

        /** Writes what the signal carries to {@code out}, the output of the block it has left. */
        public void writeCarried(Pipe out) {
            carried.forEach(out::write);
        }
    }

    /** {@code exit [code]}: ends the script. */
    public static final class Exit extends FlowSignal {
        private final int code;

        public Exit(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    /**
     * A command that needs no more input (Select-Object -First once it has its objects) stops the commands before
     * it in its pipeline, as pwsh's StopUpstreamCommandsException does: the pipeline that holds
     * {@code requester} catches it and ends that command and those after it; the upstream commands just stop.
     */
    public static final class StopUpstream extends FlowSignal {
        private final Object requester;

        public StopUpstream(Object requester) {
            this.requester = requester;
        }

        public Object requester() {
            return requester;
        }
    }

    /** True when a loop labelled {@code loopLabel} (or unlabelled) should handle a signal with {@code label}. */
    public static boolean targets(String label, String loopLabel) {
        return label == null || label.equalsIgnoreCase(loopLabel);
    }
}
