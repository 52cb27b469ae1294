package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.error.ExceptionNames;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipe of {@code > file} or {@code >> file}: objects become the lines Out-File would write ({@link
 * TextFormatting}), in UTF-8, written when the statement ends, while a native program whose output comes here writes its bytes to the file itself as it runs, untouched,
 * as pwsh 7.4 does ({@link #forProgram}), when only the output stream goes to the file.
 */
public final class FileRedirection implements Pipe {
    private final Path file;
    private final boolean outputOnly;
    private final List<String> lines = new ArrayList<>();
    private TextFormatting.Formatter formatter;
    private boolean append;

    public FileRedirection(Path file, boolean append, boolean outputOnly) {
        this.file = file;
        this.append = append;
        this.outputOnly = outputOnly;
    }

    @Override
    public void write(Object value) {
        if (formatter == null) {
            formatter = TextFormatting.installed().open(lines::add);
        }
        formatter.write(value);
    }

    /**
     * {@return where a native program's standard output goes to write straight to the file, or null when the file
     * also takes other streams, whose records are text}
     *
     * @throws PSException FileOpenFailure when the file cannot be written
     */
    public Redirect forProgram() {
        if (!outputOnly) {
            return null;
        }
        try (OutputStream opened = open()) {
            append = true;
            return Redirect.appendTo(file.toFile());
        } catch (IOException e) {
            throw openFailure(e);
        }
    }

    /** Writes the lines the statement produced, creating or (without {@code >>}) emptying the file first. */
    public void finish() {
        if (formatter != null) {
            formatter.close();
        }
        if (lines.isEmpty() && append && Files.exists(file)) {
            return;
        }
        try (OutputStream stream = open()) {
            for (String line : lines) {
                stream.write(line.getBytes(StandardCharsets.UTF_8));
                stream.write('\n');
            }
        } catch (IOException e) {
            throw openFailure(e);
        }
    }

    private OutputStream open() throws IOException {
        return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    }

    private PSException openFailure(IOException e) {
        return RuntimeFailures.create("FileOpenFailure", "OpenError", "Could not open file '" + file + "': "
                + ExceptionNames.message(e), file.toString());
    }
}
