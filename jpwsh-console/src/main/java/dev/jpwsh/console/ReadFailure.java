package dev.jpwsh.console;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Says in a few words why a script could not be read. */
final class ReadFailure {
    private ReadFailure() {
    }

    static String reason(IOException failure) {
        return switch (failure) {
            case NoSuchFileException _ -> "no such file";
            case AccessDeniedException _ -> "permission denied";
            case CharacterCodingException _ -> "the file is not UTF-8 text";
            default -> failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        };
    }
}
