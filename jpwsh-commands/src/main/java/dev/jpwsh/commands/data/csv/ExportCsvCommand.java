package dev.jpwsh.commands.data.csv;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ContentEncoding;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Export-Csv: ConvertTo-Csv's lines written to a file (-Path or -LiteralPath; -Encoding, UTF-8 without a byte order
 * mark by default; -NoClobber, -Force). -Append to a file that has a header keeps its columns and writes no header:
 * objects lacking one of them stop the command unless -Force.
 */
@DotNetName("Microsoft.PowerShell.Commands.ExportCsvCommand")
@SupportsShouldProcess
public final class ExportCsvCommand extends CsvWritingCmdlet {
    @Parameter(position = 0)
    private String path;

    @Parameter(aliases = {"PSPath", "LP"})
    private String literalPath;

    @Parameter(mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private Object inputObject;

    @Parameter
    private boolean force;

    @Parameter(aliases = "NoOverwrite")
    private boolean noClobber;

    @Parameter
    private Object encoding;

    @Parameter
    private boolean append;

    private boolean willWrite;
    private BufferedWriter out;
    private List<String> existingColumns;

    @Override
    protected void beginProcessing() {
        super.beginProcessing();
        if ((path == null) == (literalPath == null)) {
            throw terminatingError(CsvErrors.pathAndLiteralPath());
        }
        if (append && noHeader()) {
            throw terminatingError(CsvErrors.appendAndNoHeader());
        }
        String given = path != null ? path : literalPath;
        willWrite = shouldProcess(given, "Export-Csv");
    }

    /**
     * Opens the file on the first object (or at the end, for no input), not before: the input of
     * {@code (Import-Csv f) | Export-Csv f} is read whole before the file is replaced.
     */
    private void openFile() {
        String given = path != null ? path : literalPath;
        willWrite = false;
        try {
            Path file = CsvFiles.resolve(frame(), given, literalPath != null);
            ContentEncoding.Choice charset = ContentEncoding.of(encoding);
            boolean appending = append && Files.isRegularFile(file) && Files.size(file) > 0;
            if (appending) {
                try (Reader existing = Files.newBufferedReader(file, charset.charset())) {
                    existingColumns = new CsvRowReader(delimiter(), null, w -> { }).readHeader(existing);
                }
            }
            out = open(file, given, charset, appending);
        } catch (PSException e) {
            throw terminatingError(e);
        } catch (IOException | UncheckedIOException e) {
            throw terminatingError(CsvFiles.openFailure(given, e));
        }
    }

    private BufferedWriter open(Path file, String given, ContentEncoding.Choice charset, boolean appending)
            throws IOException {
        StandardOpenOption mode = append ? StandardOpenOption.APPEND
                : noClobber ? StandardOpenOption.CREATE_NEW : StandardOpenOption.TRUNCATE_EXISTING;
        try {
            var stream = mode == StandardOpenOption.CREATE_NEW ? Files.newOutputStream(file, mode)
                    : Files.newOutputStream(file, StandardOpenOption.CREATE, mode, StandardOpenOption.WRITE);
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(stream, charset.charset()), 1 << 16);
            if (charset.byteOrderMark() && !appending) {
                writer.write('\uFEFF');
            }
            return writer;
        } catch (FileAlreadyExistsException e) {
            throw CsvErrors.noClobber(given, file.toString());
        }
    }

    @Override
    protected void processRecord() {
        if (willWrite) {
            openFile();
        }
        if (inputObject == null || out == null) {
            return;
        }
        if (columns() == null) {
            fixColumns(inputObject, existingColumns, this::checkAppended, this::writeLine);
        }
        writeLine(row(inputObject));
    }

    /** Without -Force, every column of the file being appended to must be a property of the appended objects. */
    private void checkAppended(List<String> appended) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(appended);
        for (String column : existingColumns) {
            if (!names.contains(column) && !force) {
                close();
                throw terminatingError(CsvErrors.mismatchedColumns(column, path != null ? path : literalPath));
            }
        }
    }

    private void writeLine(String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            close();
            throw terminatingError(CsvFiles.openFailure(path != null ? path : literalPath, e));
        }
    }

    @Override
    protected void endProcessing() {
        if (willWrite) {
            openFile();
        }
        close();
    }

    private void close() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw terminatingError(CsvFiles.openFailure(path != null ? path : literalPath, e));
        } finally {
            out = null;
        }
    }
}
