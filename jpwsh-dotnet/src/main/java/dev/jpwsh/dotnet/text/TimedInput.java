package dev.jpwsh.dotnet.text;

import java.time.Duration;

/**
 * The input of a regex with a match timeout: reading it past the deadline throws .NET's
 * RegexMatchTimeoutException, which stops Java's matcher however much it backtracks.
 */
final class TimedInput implements CharSequence {
    private final String text;
    private final long deadline;
    private int reads;

    TimedInput(String text, Duration timeout) {
        this(text, System.nanoTime() + timeout.toNanos());
    }

    private TimedInput(String text, long deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
            throw new RegexMatchTimeoutException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new TimedInput(text.substring(start, end), deadline);
    }

    @Override
    public String toString() {
        return text;
    }

    /** System.Text.RegularExpressions.RegexMatchTimeoutException. */
    @dev.jpwsh.runtime.object.DotNetName("System.Text.RegularExpressions.RegexMatchTimeoutException")
    static final class RegexMatchTimeoutException extends RuntimeException {
        RegexMatchTimeoutException() {
            super("The Regex engine has timed out while trying to match a pattern to an input string. This can occur "
                    + "for many reasons, including very large inputs or excessive backtracking caused by nested "
                    + "quantifiers, back-references and other factors.", null, false, false);
        }
    }
}
