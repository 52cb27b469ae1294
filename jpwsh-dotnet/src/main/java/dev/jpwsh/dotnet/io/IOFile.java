package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.dotnet.EngineServices;
import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.dotnet.text.TextCodec;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.Enumeration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * System.IO.File: whole-file reads and writes (text in UTF-8 unless an encoding is given, a byte order mark
 * honoured when reading), copies, moves, deletes, streams, times and attributes, with .NET's exceptions.
 */
@DotNetName("System.IO.File")
public final class IOFile {
    private IOFile() {
    }

    public static boolean Exists(String path) {
        return ProcessPaths.isUsable(path) && Files.isRegularFile(ProcessPaths.resolve(path));
    }

    public static UInt8[] ReadAllBytes(String path) throws IOException {
        return ByteArrays.toDotNet(readBytes(path));
    }

    /** The most bytes one array holds: .NET refuses larger files for its whole-file reads. */
    private static final long MAX_WHOLE_FILE = Integer.MAX_VALUE - 8L;

    private static byte[] readBytes(String path) throws IOException {
        Path file = ProcessPaths.existingFile(path);
        if (Files.size(file) > MAX_WHOLE_FILE) {
            throw new IOException("The file is too long. This operation is currently limited to supporting files "
                    + "less than 2 gigabytes in size.");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ProcessPaths.failure(e, file);
        }
    }

    public static String ReadAllText(String path) throws IOException {
        return ReadAllText(path, Encoding.getDefault());
    }

    /** The file's text: in the encoding its byte order mark names, else in {@code encoding}. */
    public static String ReadAllText(String path, Encoding encoding) throws IOException {
        ArgumentExceptions.notNull(encoding, "encoding");
        byte[] bytes = readBytes(path);
        Encoding marked = TextCodec.detect(bytes, bytes.length);
        Encoding used = marked != null ? marked : encoding;
        int skip = marked != null ? TextCodec.preamble(marked).length : 0;
        return TextCodec.decode(used, bytes, skip, bytes.length - skip);
    }

    public static String[] ReadAllLines(String path) throws IOException {
        return ReadAllLines(path, Encoding.getDefault());
    }

    public static String[] ReadAllLines(String path, Encoding encoding) throws IOException {
        List<String> lines = new ArrayList<>();
        try (StreamReader reader = new StreamReader(path, encoding)) {
            for (String line = reader.ReadLine(); line != null; line = reader.ReadLine()) {
                lines.add(line);
            }
        }
        return lines.toArray(String[]::new);
    }

    public static Iterable<String> ReadLines(String path) throws IOException {
        return ReadLines(path, Encoding.getDefault());
    }

    /** The file's lines, read one at a time as they are enumerated; the file must exist now. */
    public static Iterable<String> ReadLines(String path, Encoding encoding) throws IOException {
        ProcessPaths.existingFile(path);
        ArgumentExceptions.notNull(encoding, "encoding");
        return () -> lines(path, encoding);
    }

    private static Iterator<String> lines(String path, Encoding encoding) {
        try {
            StreamReader reader = new StreamReader(path, encoding);
            return new Iterator<>() {
                private String next = read();

                private String read() {
                    try {
                        String line = reader.ReadLine();
                        if (line == null) {
                            reader.Close();
                        }
                        return line;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public String next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    String line = next;
                    next = read();
                    return line;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void WriteAllBytes(String path, Object bytes) throws IOException {
        write(path, ByteArrays.toJava(bytes, "bytes"), false);
    }

    public static void WriteAllText(String path, String contents) throws IOException {
        WriteAllText(path, contents, Encoding.getDefault());
    }

    /** Writes the text after the encoding's byte order mark. */
    public static void WriteAllText(String path, String contents, Encoding encoding) throws IOException {
        write(path, withPreamble(ArgumentExceptions.notNull(encoding, "encoding"), contents == null ? "" : contents),
                false);
    }

    public static void WriteAllLines(String path, Object contents) throws IOException {
        WriteAllLines(path, contents, Encoding.getDefault());
    }

    /** Writes each line followed by a newline. */
    public static void WriteAllLines(String path, Object contents, Encoding encoding) throws IOException {
        write(path, withPreamble(ArgumentExceptions.notNull(encoding, "encoding"), lines(contents)), false);
    }

    public static void AppendAllText(String path, String contents) throws IOException {
        AppendAllText(path, contents, Encoding.getDefault());
    }

    public static void AppendAllText(String path, String contents, Encoding encoding) throws IOException {
        ArgumentExceptions.notNull(encoding, "encoding");
        write(path, TextCodec.encode(encoding, contents == null ? "" : contents), true);
    }

    public static void AppendAllLines(String path, Object contents) throws IOException {
        AppendAllLines(path, contents, Encoding.getDefault());
    }

    public static void AppendAllLines(String path, Object contents, Encoding encoding) throws IOException {
        ArgumentExceptions.notNull(encoding, "encoding");
        write(path, TextCodec.encode(encoding, lines(contents)), true);
    }

    private static String lines(Object contents) {
        ArgumentExceptions.notNull(contents, "contents");
        StringBuilder text = new StringBuilder();
        for (Object line : Enumeration.toList(contents)) {
            text.append(line instanceof String s ? s : EngineServices.ENGINE.convert(line, String.class))
                    .append('\n');
        }
        return text.toString();
    }

    private static byte[] withPreamble(Encoding encoding, String text) {
        byte[] mark = TextCodec.preamble(encoding);
        byte[] body = TextCodec.encode(encoding, text);
        byte[] all = java.util.Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    private static void write(String path, byte[] bytes, boolean append) throws IOException {
        Path file = ProcessPaths.resolve(path);
        if (Files.isDirectory(file)) {
            throw new IOExceptions.UnauthorizedAccessException(file.toString());
        }
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw ProcessPaths.failure(e, file);
        }
    }

    public static void Copy(String sourceFileName, String destFileName) throws IOException {
        Copy(sourceFileName, destFileName, false);
    }

    /** Copies a file; IOException when the target exists and {@code overwrite} is false. */
    public static void Copy(String sourceFileName, String destFileName, boolean overwrite) throws IOException {
        Path source = sourceFile(sourceFileName);
        Path target = targetFile(destFileName, overwrite);
        try {
            if (overwrite) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.copy(source, target);
            }
        } catch (IOException e) {
            throw ProcessPaths.failure(e, target);
        }
    }

    public static void Move(String sourceFileName, String destFileName) throws IOException {
        Move(sourceFileName, destFileName, false);
    }

    public static void Move(String sourceFileName, String destFileName, boolean overwrite) throws IOException {
        Path source = sourceFile(sourceFileName);
        Path target = targetFile(destFileName, overwrite);
        try {
            if (overwrite) {
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(source, target);
            }
        } catch (IOException e) {
            throw ProcessPaths.failure(e, target);
        }
    }

    private static Path sourceFile(String path) throws IOException {
        Path source = ProcessPaths.resolve(path, "sourceFileName");
        if (Files.isDirectory(source)) {
            throw new IOExceptions.UnauthorizedAccessException(source.toString());
        }
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            throw ProcessPaths.missing(source);
        }
        return source;
    }

    private static Path targetFile(String path, boolean overwrite) throws IOException {
        Path target = ProcessPaths.resolve(path, "destFileName");
        if (Files.isDirectory(target)) {
            throw new IOException("The target file '" + target + "' is a directory, not a file.");
        }
        if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("The file '" + target + "' already exists.");
        }
        Path parent = target.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOExceptions.DirectoryNotFoundException(target.toString());
        }
        return target;
    }

    /** Deletes a file; nothing happens when it does not exist, but its folder must. */
    public static void Delete(String path) throws IOException {
        Path file = ProcessPaths.resolve(path);
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOExceptions.UnauthorizedAccessException(file.toString());
        }
        Path parent = file.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOExceptions.DirectoryNotFoundException(file.toString());
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw ProcessPaths.failure(e, file);
        }
    }

    public static FileStream Create(String path) throws IOException {
        return new FileStream(path, IOEnums.FileMode.Create, IOEnums.FileAccess.ReadWrite);
    }

    public static FileStream Open(String path, IOEnums.FileMode mode) throws IOException {
        return new FileStream(path, mode);
    }

    public static FileStream Open(String path, IOEnums.FileMode mode, IOEnums.FileAccess access) throws IOException {
        return new FileStream(path, mode, access);
    }

    public static FileStream Open(String path, IOEnums.FileMode mode, IOEnums.FileAccess access,
            IOEnums.FileShare share) throws IOException {
        return new FileStream(path, mode, access, share);
    }

    public static FileStream OpenRead(String path) throws IOException {
        return new FileStream(path, IOEnums.FileMode.Open, IOEnums.FileAccess.Read);
    }

    public static FileStream OpenWrite(String path) throws IOException {
        return new FileStream(path, IOEnums.FileMode.OpenOrCreate, IOEnums.FileAccess.Write);
    }

    public static StreamReader OpenText(String path) throws IOException {
        return new StreamReader(path);
    }

    public static StreamWriter CreateText(String path) throws IOException {
        return new StreamWriter(path, false);
    }

    public static StreamWriter AppendText(String path) throws IOException {
        return new StreamWriter(path, true);
    }

    public static FileAttributes GetAttributes(String path) throws IOException {
        return FileTimes.attributes(ProcessPaths.resolve(path));
    }

    public static void SetAttributes(String path, FileAttributes fileAttributes) throws IOException {
        FileTimes.setAttributes(ProcessPaths.resolve(path), fileAttributes);
    }

    public static DateTime GetLastWriteTime(String path) {
        return FileTimes.get(ProcessPaths.resolve(path), FileTimes.Kind.WRITE, false);
    }

    public static DateTime GetLastWriteTimeUtc(String path) {
        return FileTimes.get(ProcessPaths.resolve(path), FileTimes.Kind.WRITE, true);
    }

    public static void SetLastWriteTime(String path, DateTime lastWriteTime) throws IOException {
        FileTimes.set(ProcessPaths.resolve(path), FileTimes.Kind.WRITE, lastWriteTime, false);
    }

    public static void SetLastWriteTimeUtc(String path, DateTime lastWriteTimeUtc) throws IOException {
        FileTimes.set(ProcessPaths.resolve(path), FileTimes.Kind.WRITE, lastWriteTimeUtc, true);
    }

    public static DateTime GetLastAccessTime(String path) {
        return FileTimes.get(ProcessPaths.resolve(path), FileTimes.Kind.ACCESS, false);
    }

    public static void SetLastAccessTime(String path, DateTime lastAccessTime) throws IOException {
        FileTimes.set(ProcessPaths.resolve(path), FileTimes.Kind.ACCESS, lastAccessTime, false);
    }

    public static DateTime GetCreationTime(String path) {
        return FileTimes.get(ProcessPaths.resolve(path), FileTimes.Kind.CREATION, false);
    }

    /** Makes a symbolic link at {@code path} to {@code pathToTarget}; a FileInfo for the link. */
    public static FileSystemInfo CreateSymbolicLink(String path, String pathToTarget) throws IOException {
        Path link = ProcessPaths.resolve(path);
        ArgumentExceptions.notNull(pathToTarget, "pathToTarget");
        try {
            Files.createSymbolicLink(link, Path.of(pathToTarget));
        } catch (IOException e) {
            throw ProcessPaths.failure(e, link);
        }
        return new FileInfo(link);
    }
}
