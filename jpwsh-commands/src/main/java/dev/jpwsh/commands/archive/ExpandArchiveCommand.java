package dev.jpwsh.commands.archive;

import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Expand-Archive: writes a zip archive's entries under -DestinationPath (by default a folder named as the archive in
 * the current location), creating the folders it needs; an existing file is an error unless {@code -Force}, and an
 * entry that would land outside the destination is refused.
 */
@DotNetName("Microsoft.PowerShell.Archive.ExpandArchiveCommand")
@SupportsShouldProcess
public final class ExpandArchiveCommand extends ArchiveCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    private String path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath"})
    private String literalPath;

    @Parameter(position = 1)
    private String destinationPath;

    @Parameter
    private boolean force;

    @Parameter
    private boolean passThru;

    @Override
    String commandName() {
        return "Expand-Archive";
    }

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        String given = literal ? literalPath : path;
        List<Path> sources = existing(given, literal);
        if (sources.size() > 1) {
            throw fail(ArchiveErrors.multiplePaths(given, literal ? "LiteralPath" : "Path"));
        }
        Path archive = sources.get(0);
        if (!Files.isRegularFile(archive)) {
            throw fail(ArchiveErrors.notAFile(archive.toString()));
        }
        Path destination = destinationPath == null || destinationPath.isEmpty()
                ? unresolved(".").resolve(baseName(archive)) : unresolved(destinationPath);
        if (!shouldProcess(destination.toString(), "Expand-Archive")) {
            return;
        }
        List<Path> written = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Files.createDirectories(destination);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                expand(zip, entries.nextElement(), archive, destination, written);
            }
        } catch (ZipException e) {
            throw fail(ArchiveErrors.notAZip(archive.toString()));
        } catch (IOException e) {
            throw fail(ArchiveErrors.io(destination.toString(), e));
        }
        if (passThru) {
            written.forEach(p -> writeObject(item(p)));
        }
    }

    private void expand(ZipFile zip, ZipEntry entry, Path archive, Path destination, List<Path> written)
            throws IOException {
        Path target = destination.resolve(entry.getName()).normalize();
        if (!target.startsWith(destination) || target.equals(destination)) {
            writeError(fail(ArchiveErrors.badEntry(entry.getName())).record());
            return;
        }
        if (entry.isDirectory()) {
            if (!Files.exists(target)) {
                Files.createDirectories(target);
                written.add(target);
            }
            return;
        }
        if (Files.exists(target) && !force) {
            writeError(fail(ArchiveErrors.fileExists(target.toString(), archive.toString())).record());
            return;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        written.add(target);
    }

    private static String baseName(Path archive) {
        String name = archive.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
