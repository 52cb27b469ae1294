package dev.jpwsh.conformance.fuzz;

/** Something a fuzz input made jpwsh do that it never may: what kind of failure, and the evidence. */
record Finding(Kind kind, String detail) {
    enum Kind {
        /** A Java exception or error (StackOverflowError included) escaped the parser or the engine. */
        INTERNAL_ERROR,
        /** Output or an error message shows a Java class name, a Java exception or a stack trace. */
        JAVA_TEXT,
        /**
         * The script was still running at its time limit and Stop did not end it within its bound. (Running into the
         * limit alone is no failure: a mutant may loop for ever, as it would in pwsh; Stop must end it.)
         */
        STOP_HANG,
        /** Parsing took far longer per character than the corpus does. */
        SLOW_PARSE
    }

    @Override
    public String toString() {
        return kind + ": " + detail;
    }
}
