package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.provider.SessionItemCopier;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.runtime.object.PSObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copy-Item -ToSession and -FromSession over a {@link PSSession}: each file goes whole (in base64 to the session, as
 * a byte array back from it), one invocation per file or folder on the session's runspace, paths joined with
 * {@code /} on the remote side. Unlike pwsh, which streams a file in base64 chunks, a file is limited by the largest
 * message the connection takes.
 */
public final class SessionCopy implements SessionItemCopier {
    /** Writes one remote file from its base64 text, or makes one remote folder when there is none. */
    private static final String WRITE = "param($path, $base64) if ($null -eq $base64) { $null = New-Item -ItemType "
            + "Directory -Path $path -Force } else { [System.IO.File]::WriteAllBytes($path, "
            + "[Convert]::FromBase64String($base64)) }";
    /** Whether a remote path is an existing folder. */
    private static final String IS_FOLDER = "param($path) Test-Path -LiteralPath $path -PathType Container";
    /** The remote items a path names, with their folders' content under -Recurse: full path, path below, kind. */
    private static final String LIST = "param($path, $recurse) foreach ($item in Get-Item -Path $path -Force "
            + ") { [pscustomobject]@{ Path = $item.FullName; Relative = $item.Name; Folder = "
            + "[bool]$item.PSIsContainer }; if ($item.PSIsContainer -and $recurse) { foreach ($child in "
            + "Get-ChildItem -LiteralPath $item.FullName -Recurse -Force) { [pscustomobject]@{ Path = "
            + "$child.FullName; Relative = $item.Name + '/' + $child.FullName.Substring($item.FullName.Length + 1);"
            + " Folder = [bool]$child.PSIsContainer } } } }";
    private static final String READ = "param($path) , [System.IO.File]::ReadAllBytes($path)";

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
            run(target, WRITE, root, bytes(source));
            return;
        }
        run(target, WRITE, root, null);
        if (!recurse) {
            return;
        }
        try (Stream<Path> below = Files.walk(source)) {
            for (Path item : below.skip(1).toList()) {
                String remote = root + "/" + source.relativize(item).toString().replace('\\', '/');
                run(target, WRITE, remote, Files.isDirectory(item) ? null : bytes(item));
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
                    List<Object> content = run(from, READ, String.valueOf(item.property("Path").value()));
                    Files.createDirectories(local.toAbsolutePath().getParent());
                    Files.write(local, content.isEmpty() ? new byte[0] : bytesOf(content.getFirst()));
                }
            } catch (IOException e) {
                throw failed("CopyError", e.getMessage(), local.toString());
            }
        }
    }

    /** {@return a deserialized byte array (a {@code byte[]}, or the engine's array of [byte] values) as bytes} */
    private static byte[] bytesOf(Object array) {
        if (array instanceof byte[] raw) {
            return raw;
        }
        Object[] items = (Object[]) array;
        byte[] result = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            result[i] = ((Number) items[i]).byteValue();
        }
        return result;
    }

    /** {@return the content of {@code file} in base64, as the remote side decodes it} */
    private static String bytes(Path file) {
        try {
            return java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            throw failed("CopyError", "Cannot read '" + file + "': " + e.getMessage(), file.toString());
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
