package dev.jpwsh.engine.exec;

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

    /** {@code return}: leaves the function or script block; its value was already written to the output. */
    public static final class Return extends FlowSignal {
        public static final Return INSTANCE = new Return();
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
