package dev.jpwsh.runtime.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.runtime.object.TypeNames;
import java.nio.file.NoSuchFileException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Java exceptions read as the .NET exception they stand for, with .NET's wording, never Java's. */
class ExceptionNamesTest {
    /** The JVM running out of memory is .NET's OutOfMemoryException, with the message .NET's runtime gives it. */
    @Test
    void outOfMemoryIsDotNets() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertThat(ExceptionNames.of(oom)).isEqualTo("System.OutOfMemoryException");
        assertThat(ExceptionNames.message(oom))
                .isEqualTo("Exception of type 'System.OutOfMemoryException' was thrown.");
        assertThat(TypeNames.text(oom)).isEqualTo(
                "System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.");
    }

    /** Integer.parseInt's refusal reads as .NET 8's FormatException text. */
    @Test
    void numberFormatReadsAsDotNet() {
        NumberFormatException e = parseFailure("x1");
        assertThat(ExceptionNames.of(e)).isEqualTo("System.FormatException");
        assertThat(ExceptionNames.message(e)).isEqualTo("The input string 'x1' was not in a correct format.");
    }

    /** A JDK exception's own text is Java's: the message is .NET's default for the mapped type. */
    @Test
    void jdkTextIsReplaced() {
        IllegalArgumentException uuid = uuidFailure();
        assertThat(ExceptionNames.of(uuid)).isEqualTo("System.ArgumentException");
        assertThat(ExceptionNames.message(uuid)).isEqualTo("Value does not fall within the expected range.");
        ArithmeticException overflow = overflowFailure();
        assertThat(ExceptionNames.of(overflow)).isEqualTo("System.OverflowException");
        assertThat(ExceptionNames.message(overflow)).isEqualTo("Arithmetic operation resulted in an overflow.");
        String missingFile = System.getProperty("java.io.tmpdir") + "/jpwsh-no-such-file";
        assertThat(ExceptionNames.message(new NoSuchFileException(missingFile)))
                .isEqualTo("Could not find file '" + missingFile + "'.");
        NoSuchFileException missingDirectory = new NoSuchFileException("/jpwsh-no-such-dir/file");
        assertThat(ExceptionNames.of(missingDirectory)).isEqualTo("System.IO.DirectoryNotFoundException");
        assertThat(ExceptionNames.message(missingDirectory))
                .isEqualTo("Could not find a part of the path '/jpwsh-no-such-dir/file'.");
    }

    /** jpwsh's own exceptions are written in .NET's words and keep them. */
    @Test
    void ownTextIsKept() {
        IllegalStateException own = new IllegalStateException("Collection was modified.");
        assertThat(ExceptionNames.message(own)).isEqualTo("Collection was modified.");
        assertThat(ExceptionNames.of(own)).isEqualTo("System.InvalidOperationException");
    }

    private static NumberFormatException parseFailure(String text) {
        try {
            Integer.parseInt(text);
            throw new AssertionError("parsed");
        } catch (NumberFormatException e) {
            return e;
        }
    }

    private static IllegalArgumentException uuidFailure() {
        try {
            UUID.fromString("x");
            throw new AssertionError("parsed");
        } catch (IllegalArgumentException e) {
            return e;
        }
    }

    private static ArithmeticException overflowFailure() {
        try {
            Math.addExact(Long.MAX_VALUE, 1);
            throw new AssertionError("added");
        } catch (ArithmeticException e) {
            return e;
        }
    }
}
