package dev.jpwsh.conformance;

/**
 * What one run of a script produced: exit code, standard output and standard error, with CRLF already turned
 * into LF. Two outcomes are compared through {@link #render}, so a failing test shows all three side by side.
 */
record Outcome(int exitCode, String stdout, String stderr) {

    static Outcome of(int exitCode, String stdout, String stderr) {
        return new Outcome(exitCode, normalise(stdout), normalise(stderr));
    }

    /** The only normalisation the corpus allows: Windows line ends become LF. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n");
    }

    /** The outcome as text, leaving out standard error when it is not compared. */
    String render(boolean withStderr) {
        StringBuilder text = new StringBuilder()
                .append("exit code: ").append(exitCode).append('\n')
                .append("--- stdout ---\n");
        appendBlock(text, stdout);
        if (withStderr) {
            text.append("--- stderr ---\n");
            appendBlock(text, stderr);
        }
        return text.toString();
    }

    private static void appendBlock(StringBuilder text, String block) {
        text.append(block);
        if (!block.isEmpty() && !block.endsWith("\n")) {
            text.append("\n[no line break at the end]\n");
        }
    }
}
