package dev.jpwsh.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options a golden script states in its header: the leading comment lines, where a line {@code #! key: value}
 * is a directive and any other {@code #} line is prose. The first line that is not a comment ends the header, so a
 * {@code #!} line further down is ordinary script text. The keys are listed in {@code golden/README.md}.
 *
 * @param exitCode the exit code pwsh ends the run with ({@code #! exit: N}, default 0)
 * @param arguments what follows the script path on the command line ({@code #! args: a b c}, split at blanks)
 * @param stderrNotCompared {@code #! stderr: nonempty}: something must be written to standard error, but its text
 *                          is not compared (for messages whose exact layout pwsh does not promise)
 * @param ownProcess {@code #! process: own}: the script runs in a JVM of its own, as each pwsh script runs in a
 *                   process of its own, because it sees process-wide state (runspace ids, Get-Runspace)
 * @param timeoutSeconds how long the script may run ({@code #! timeout: N}, default {@value #DEFAULT_TIMEOUT}, at
 *                       most {@value #MAX_TIMEOUT}): more only for scripts whose work is inherently heavy, such as
 *                       recursion to the stack's limit, so that a loaded machine does not fail them
 */
record Directives(int exitCode, List<String> arguments, boolean stderrNotCompared, boolean ownProcess,
        int timeoutSeconds) {
    private static final Pattern DIRECTIVE = Pattern.compile("#!\\s*([A-Za-z]+)\\s*:\\s*(.*?)\\s*");

    static final int DEFAULT_TIMEOUT = 10;
    static final int MAX_TIMEOUT = 60;
    static final Directives DEFAULTS = new Directives(0, List.of(), false, false, DEFAULT_TIMEOUT);

    /** The directives of {@code script}; an unknown key or a malformed value is an error in the corpus. */
    static Directives parse(String script) {
        int exitCode = DEFAULTS.exitCode;
        List<String> arguments = new ArrayList<>();
        boolean stderrNotCompared = false;
        boolean ownProcess = false;
        int timeoutSeconds = DEFAULT_TIMEOUT;
        for (String line : script.lines().takeWhile(line -> line.startsWith("#")).toList()) {
            if (!line.startsWith("#!")) {
                continue;
            }
            Matcher matcher = DIRECTIVE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("malformed directive (expected '#! key: value'): " + line);
            }
            String value = matcher.group(2);
            switch (matcher.group(1)) {
                case "exit" -> exitCode = Integer.parseInt(value);
                case "args" -> arguments.addAll(Arrays.asList(value.split("\\s+")));
                case "stderr" -> {
                    if (!value.equals("nonempty")) {
                        throw new IllegalArgumentException("'#! stderr:' takes 'nonempty' only: " + line);
                    }
                    stderrNotCompared = true;
                }
                case "process" -> {
                    if (!value.equals("own")) {
                        throw new IllegalArgumentException("'#! process:' takes 'own' only: " + line);
                    }
                    ownProcess = true;
                }
                case "timeout" -> {
                    timeoutSeconds = Integer.parseInt(value);
                    if (timeoutSeconds <= DEFAULT_TIMEOUT || timeoutSeconds > MAX_TIMEOUT) {
                        throw new IllegalArgumentException("'#! timeout:' takes seconds above " + DEFAULT_TIMEOUT
                                + " and at most " + MAX_TIMEOUT + ": " + line);
                    }
                }
                default -> throw new IllegalArgumentException("unknown directive '" + matcher.group(1) + "': " + line);
            }
        }
        return new Directives(exitCode, List.copyOf(arguments), stderrNotCompared, ownProcess, timeoutSeconds);
    }
}
