package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.provider.SessionItemCopier;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.runtime.object.PSObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copy-Item -ToSession and -FromSession over a {@link PSSession}: a file goes in base64 chunks of {@value #CHUNK}
 * bytes, one invocation per chunk (the first creates the file, the next ones append; back from the session, each
 * reads its part at an offset), and one per folder, on the session's runspace, paths joined with {@code /} on the
 * remote side; so no message comes near the largest one the connection takes, whatever the file's size.
 */
public final class SessionCopy implements SessionItemCopier {
    /** The most bytes one invocation carries. */
    static final int CHUNK = 1 << 20;
    /**
     * Writes a chunk of one remote file from its base64 text, the first creating the file and the next ones
     * appending, or makes one remote folder when there is none.
     */
    private static final String WRITE = "param($path, $base64, $append) if ($null -eq $base64) { $null = New-Item "
            + "-ItemType Directory -Path $path -Force } elseif (-not $append) { [System.IO.File]::WriteAllBytes("
            + "$path, [Convert]::FromBase64String($base64)) } else { $bytes = [Convert]::FromBase64String($base64); "
            + "$stream = [System.IO.File]::Open($path, [System.IO.FileMode]::Append); try { $stream.Write($bytes, 0, "
            + "$bytes.Length) } finally { $stream.Dispose() } }";
    /** Whether a remote path is an existing folder. */
    private static final String IS_FOLDER = "param($path) Test-Path -LiteralPath $path -PathType Container";
    /**
     * The remote items a path names, with their folders' content under -Recurse: full path, path below, kind, and a
     * file's length.
     */
    private static final String LIST = "param($path, $recurse) foreach ($item in Get-Item -Path $path -Force "
            + ") { [pscustomobject]@{ Path = $item.FullName; Relative = $item.Name; Folder = "
            + "[bool]$item.PSIsContainer; Length = [long]$item.Length }; if ($item.PSIsContainer -and $recurse) { "
            + "foreach ($child in Get-ChildItem -LiteralPath $item.FullName -Recurse -Force) { [pscustomobject]@{ "
            + "Path = $child.FullName; Relative = $item.Name + '/' + $child.FullName.Substring("
            + "$item.FullName.Length + 1); Folder = [bool]$child.PSIsContainer; Length = [long]$child.Length } } } }";
    /** Up to {@code $count} bytes of a remote file from {@code $offset}, in base64. */
    private static final String READ = "param($path, $offset, $count) $stream = [System.IO.File]::OpenRead($path); "
            + "try { $null = $stream.Seek($offset, [System.IO.SeekOrigin]::Begin); $length = [Math]::Max(0, "
            + "[Math]::Min($count, $stream.Length - $offset)); $buffer = [byte[]]::new($length); $read = 0; while "
            + "($read -lt $length) { $n = $stream.Read($buffer, $read, $length - $read); if ($n -le 0) { break }; "
            + "$read += $n }; [Convert]::ToBase64String($buffer) } finally { $stream.Dispose() }";

    @Override
    public boolean serves(Object session) {
        return session instanceof PSSession;
    }

    @Override
    public void copyTo(Object session, Path source, String destination, boolean recurse) {
        PSSession target = (PSSession) session;
        boolean into = Boolean.TRUE.equals(run(target, IS_FOLDER, destination).stream().findFirst().orElse(false));
        String root = into ? destination.replaceAll("/+$", "") + "/" + source.getFileName() : destination;
        if (!Files.isDirectory(source)) {
            send(target, source, root);
            return;
        }
        run(target, WRITE, root, null, false);
        if (!recurse) {
            return;
        }
        try (Stream<Path> below = Files.walk(source)) {
            for (Path item : below.skip(1).toList()) {
                String remote = root + "/" + source.relativize(item).toString().replace('\\', '/');
                if (Files.isDirectory(item)) {
                    run(target, WRITE, remote, null, false);
                } else {
                    send(target, item, remote);
                }
            }
        } catch (IOException e) {
            throw failed("CopyError", e.getMessage(), source.toString());
        }
    }

    @Override
    public void copyFrom(Object session, String source, Path destination, boolean recurse) {
        PSSession from = (PSSession) session;
        boolean into = Files.isDirectory(destination);
        for (Object listed : run(from, LIST, source, recurse)) {
            PSObject item = (PSObject) listed;
            String relative = String.valueOf(item.property("Relative").value());
            Path local = into ? destination.resolve(relative) : destination.resolve(relative.contains("/")
                    ? relative.substring(relative.indexOf('/') + 1) : "").normalize();
            try {
                if (Boolean.TRUE.equals(item.property("Folder").value())) {
                    Files.createDirectories(local);
                } else {
                    Files.createDirectories(local.toAbsolutePath().getParent());
                    receive(from, String.valueOf(item.property("Path").value()),
                            ((Number) item.property("Length").value()).longValue(), local);
                }
            } catch (IOException e) {
                throw failed("CopyError", e.getMessage(), local.toString());
            }
        }
    }

    /** Sends local {@code file} to remote {@code path} chunk by chunk; an empty file is one empty chunk. */
    private static void send(PSSession session, Path file, String path) {
        try (InputStream in = Files.newInputStream(file)) {
            boolean append = false;
            byte[] chunk;
            do {
                chunk = in.readNBytes(CHUNK);
                run(session, WRITE, path, Base64.getEncoder().encodeToString(chunk), append);
                append = true;
            } while (chunk.length == CHUNK);
        } catch (IOException e) {
            throw failed("CopyError", "Cannot read '" + file + "': " + e.getMessage(), file.toString());
        }
    }

    /** Writes remote {@code path}, {@code length} bytes long, to local {@code file} chunk by chunk. */
    private static void receive(PSSession session, String path, long length, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long offset = 0; offset < length; offset += CHUNK) {
                List<Object> chunk = run(session, READ, path, offset, CHUNK);
                out.write(Base64.getDecoder().decode(chunk.isEmpty() ? "" : String.valueOf(chunk.getFirst())));
            }
        }
    }

    /** Runs {@code script} with {@code arguments} on the session; its first error is thrown. */
    private static List<Object> run(PSSession session, String script, Object... arguments) {
        PowerShell shell = PowerShell.create(session.getRunspace()).addScript(script);
        for (Object argument : arguments) {
            shell.addArgument(argument);
        }
        try {
            List<Object> output = shell.invoke();
            if (!shell.getStreams().getError().isEmpty()) {
                throw new PSException((dev.jpwsh.runtime.error.ErrorRecord) shell.getStreams().getError()
                        .getFirst());
            }
            return output;
        } finally {
            shell.dispose();
        }
    }

    private static PSException failed(String id, String message, String target) {
        return RuntimeFailures.create(id, "WriteError", message, target, "System.IO.IOException");
    }
}
