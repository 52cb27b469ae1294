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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Compress-Archive: files go into the archive by name, folders with their name and everything under them (a folder
 * holding no files as an entry of its own); {@code -Update} replaces and adds entries of an existing archive,
 * {@code -Force} replaces the archive. A destination without an extension gets {@code .zip}.
 */
@DotNetName("Microsoft.PowerShell.Archive.CompressArchiveCommand")
@SupportsShouldProcess
public final class CompressArchiveCommand extends ArchiveCmdlet {
    /** The compression levels of System.IO.Compression the cmdlet accepts. */
    public enum CompressionLevel {
        Optimal(Deflater.DEFAULT_COMPRESSION), NoCompression(Deflater.NO_COMPRESSION), Fastest(Deflater.BEST_SPEED);

        private final int deflaterLevel;

        CompressionLevel(int deflaterLevel) {
            this.deflaterLevel = deflaterLevel;
        }
    }

    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath"})
    private String[] literalPath;

    @Parameter(position = 1, mandatory = true)
    private String destinationPath;

    @Parameter
    private CompressionLevel compressionLevel = CompressionLevel.Optimal;

    @Parameter
    private boolean update;

    @Parameter
    private boolean force;

    @Parameter
    private boolean passThru;

    private final List<String> inputs = new ArrayList<>();
    private boolean literal;
    private Path archive;
    private boolean archiveExisted;

    @Override
    protected void beginProcessing() {
        archive = unresolved(destinationPath);
        if (archive.getFileName() != null && !archive.getFileName().toString().contains(".")) {
            archive = archive.resolveSibling(archive.getFileName() + ".zip");
        }
        Path parent = archive.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw fail(ArchiveErrors.pathNotFound(parent == null ? archive.toString() : parent.toString()));
        }
        archiveExisted = Files.isRegularFile(archive);
        if (archiveExisted && !update && !force) {
            throw fail(ArchiveErrors.archiveExists(archive.toString()));
        }
    }

    @Override
    String commandName() {
        return "Compress-Archive";
    }

    @Override
    protected void processRecord() {
        literal = literalPath != null;
        for (String p : literal ? literalPath : path) {
            inputs.add(p);
        }
    }

    @Override
    protected void endProcessing() {
        Set<String> seen = new HashSet<>();
        for (String input : inputs) {
            if (!seen.add(input.toUpperCase(Locale.ROOT))) {
                throw fail(ArchiveErrors.duplicatePath(literal ? "LiteralPath" : "Path", input));
            }
        }
        Map<String, Path> entries = new LinkedHashMap<>();
        for (String input : inputs) {
            for (Path source : existing(input, literal)) {
                try {
                    collect(source, entries);
                } catch (java.io.UncheckedIOException e) {
                    throw fail(ArchiveErrors.io(source.toString(), e.getCause()));
                }
            }
        }
        if (entries.isEmpty() || !shouldProcess(archive.toString(), "Compress-Archive")) {
            return;
        }
        try {
            write(entries);
        } catch (IOException e) {
            throw fail(ArchiveErrors.io(archive.toString(), e));
        }
        if (passThru) {
            writeObject(item(archive));
        }
    }

    /** Adds {@code source}: a file by its name, a folder by its name and the paths below it. */
    private static void collect(Path source, Map<String, Path> entries) {
        if (!Files.isDirectory(source)) {
            entries.put(source.getFileName().toString(), source);
            return;
        }
        Path base = source.getParent() == null ? source : source.getParent();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String name = base.relativize(p).toString();
                if (!Files.isDirectory(p)) {
                    entries.put(name, p);
                } else {
                    try (Stream<Path> children = Files.list(p)) {
                        if (children.noneMatch(Files::isRegularFile)) {
                            entries.put(name + "/", p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the archive beside its place, then moves it there: a failure leaves nothing half-written. */
    private void write(Map<String, Path> entries) throws IOException {
        Path temporary = Files.createTempFile(archive.getParent(), ".jpwsh-archive-", ".tmp");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temporary))) {
                zip.setLevel(compressionLevel.deflaterLevel);
                if (archiveExisted && update) {
                    keepOldEntries(zip, entries);
                }
                for (Map.Entry<String, Path> e : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    entry.setLastModifiedTime(Files.getLastModifiedTime(e.getValue()));
                    zip.putNextEntry(entry);
                    if (!e.getKey().endsWith("/")) {
                        Files.copy(e.getValue(), zip);
                    }
                    zip.closeEntry();
                }
            }
            Files.move(temporary, archive, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void keepOldEntries(ZipOutputStream zip, Map<String, Path> replaced) throws IOException {
        try (ZipFile old = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> all = old.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (replaced.containsKey(entry.getName())) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setLastModifiedTime(entry.getLastModifiedTime());
                zip.putNextEntry(copy);
                try (InputStream in = old.getInputStream(entry)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (java.util.zip.ZipException e) {
            throw fail(ArchiveErrors.notAZip(archive.toString()));
        }
    }
}
