package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ContentEncoding;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.engine.provider.filesystem.FileSystemItem;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.ExceptionNames;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeNames;
import dev.jpwsh.runtime.ops.Wildcard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Format-Hex: the bytes of files (-Path, -LiteralPath, FileInfo input), of strings (in -Encoding, UTF-8 by
 * default) or of numbers and byte arrays, as ByteCollection lines of 16 bytes, from -Offset for -Count bytes.
 * Numbers of the same type in a row are gathered into one group, as pwsh does; a group's label names the input's
 * type and a random id, or the file.
 */
@DotNetName("Microsoft.PowerShell.Commands.FormatHex")
@DefaultParameterSet("ByInputObject")
@dev.jpwsh.engine.command.OutputType({"Microsoft.PowerShell.Commands.ByteCollection"})
public final class FormatHexCommand extends Cmdlet {
    private static final int BYTES_PER_OBJECT = 16;

    @Parameter(position = 0, mandatory = true, parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, parameterSetName = "LiteralPath", aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(mandatory = true, parameterSetName = "ByInputObject", valueFromPipeline = true)
    private Object inputObject;

    @Parameter(parameterSetName = "ByInputObject")
    private Object encoding;

    @Parameter
    @dev.jpwsh.engine.command.ValidateRange(min = 1, max = Long.MAX_VALUE)
    private Long count;

    @Parameter
    @dev.jpwsh.engine.command.ValidateRange(min = 0, max = Long.MAX_VALUE)
    private Long offset;

    @Parameter(parameterSetName = "ByInputObject")
    private boolean raw;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Class<?> bufferType;

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            for (String p : path != null ? path : literalPath) {
                files(p, literalPath != null);
            }
            return;
        }
        switch (inputObject) {
            case FileSystemItem item -> {
                flush();
                files(item.getFullName(), true);
            }
            case String s -> {
                flush();
                java.nio.charset.Charset charset;
                try {
                    charset = ContentEncoding.of(encoding).charset();
                } catch (PSException e) {
                    throw terminatingError(e);
                }
                write(slice(s.getBytes(charset)), 0, label(String.class), null);
            }
            default -> number(inputObject);
        }
    }

    @Override
    protected void endProcessing() {
        flush();
    }

    private void number(Object value) {
        Object[] elements = value instanceof Object[] array ? array : null;
        byte[] bytes = value instanceof byte[] raw ? raw : elements != null ? arrayBytes(elements)
                : NumberBytes.of(value);
        if (bytes == null) {
            writeError(new ErrorRecord(new PSRuntimeException("FormatHexTypeNotSupported", "InvalidArgument",
                    "Cannot convert input of type '" + TypeNames.ofValue(value) + "' to hexadecimal. To view the "
                    + "hexadecimal formatting of its string representation, pipe it to the Out-String cmdlet before "
                    + "piping it to Format-Hex.", null, "System.ArgumentException"), "FormatHexTypeNotSupported",
                    "InvalidArgument", TypeNames.ofValue(value)));
            return;
        }
        boolean array = elements != null || value instanceof byte[];
        if (array || bufferType != null && bufferType != value.getClass()) {
            flush();
        }
        bufferType = array ? byte[].class : value.getClass();
        buffer.writeBytes(bytes);
        if (array) {
            flush();
        }
    }

    /** A byte array's bytes; null for an array of anything else, which pwsh refuses as an array of objects. */
    private static byte[] arrayBytes(Object[] elements) {
        byte[] out = new byte[elements.length];
        for (int i = 0; i < elements.length; i++) {
            if (!(elements[i] instanceof dev.jpwsh.runtime.number.UInt8 b)) {
                return null;
            }
            out[i] = (byte) b.longValue();
        }
        return out;
    }

    private void flush() {
        if (buffer.size() == 0) {
            return;
        }
        String typeLabel = bufferType == byte[].class ? label("Byte[]", "System.Byte[]") : label(bufferType);
        write(slice(buffer.toByteArray()), 0, typeLabel, null);
        buffer.reset();
        bufferType = null;
    }

    private byte[] slice(byte[] bytes) {
        int from = (int) Math.min(bytes.length, offset == null ? 0 : Math.min(offset, Integer.MAX_VALUE));
        int length = (int) Math.min(bytes.length - from, count == null ? Integer.MAX_VALUE
                : Math.min(count, Integer.MAX_VALUE));
        return Arrays.copyOfRange(bytes, from, from + length);
    }

    private void files(String p, boolean literal) {
        ProviderContext context = new ProviderContext(frame(), false, e -> writeError(e.record()));
        try {
            for (ProviderPath resolved : SessionProviders.of(frame().context()).paths().expand(context, p, literal)) {
                Path file = Path.of(resolved.path());
                if (!Files.exists(file)) {
                    if (literal || !Wildcard.containsWildcardCharacters(p)) {
                        String message = "Cannot find path '" + file + "' because it does not exist.";
                        writeError(new ErrorRecord(new PSRuntimeException("FileNotFound", "ObjectNotFound", message,
                                null, "System.Management.Automation.ItemNotFoundException"), "FileNotFound",
                                "ObjectNotFound", file.toString()));
                    }
                    continue;
                }
                file(file);
            }
        } catch (PSException e) {
            writeError(e.record());
        }
    }

    private void file(Path file) {
        long start = offset == null ? 0 : offset;
        long remaining = count == null ? Long.MAX_VALUE : count;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(Math.min(start, Files.size(file)));
            byte[] chunk = new byte[4096];
            long position = start;
            int read;
            while (remaining > 0 && (read = in.read(chunk, 0, (int) Math.min(chunk.length, remaining))) > 0) {
                write(Arrays.copyOf(chunk, read), position, file.toString(), file.toString());
                position += read;
                remaining -= read;
            }
        } catch (IOException e) {
            writeError(new ErrorRecord(new PSRuntimeException("FormatHexIOError", "WriteError",
                    ExceptionNames.message(e), e, ExceptionNames.ofType(e.getClass())), "FormatHexIOError",
                    "WriteError", file.toString()));
        }
    }

    private void write(byte[] bytes, long start, String label, String file) {
        for (int index = 0; index < bytes.length; index += BYTES_PER_OBJECT) {
            byte[] line = Arrays.copyOfRange(bytes, index, Math.min(bytes.length, index + BYTES_PER_OBJECT));
            writeObject(new ByteCollection(start + index, line, file, label));
        }
    }

    private static String label(Class<?> type) {
        String fullName = TypeNames.of(type);
        return label(TypeNames.simpleName(fullName), fullName);
    }

    /** pwsh's group label of input objects: the type's name, its full name and a random id. */
    private static String label(String name, String fullName) {
        return String.format("%s (%s) <%08X>", name, fullName, ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE));
    }
}
