package dev.jpwsh.bench;

import dev.jpwsh.language.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A script to benchmark: its source and its size in bytes on disk (UTF-8). The location is either
 * {@code classpath:} followed by a resource name, or a file path.
 */
record BenchScript(SourceText source, int byteCount) {
    private static final String CLASSPATH_PREFIX = "classpath:";

    static BenchScript load(String location) {
        byte[] bytes = location.startsWith(CLASSPATH_PREFIX)
                ? readResource(location.substring(CLASSPATH_PREFIX.length()))
                : readFile(Path.of(location));
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new BenchScript(new SourceText(location, text), bytes.length);
    }

    private static byte[] readResource(String name) {
        try (InputStream in = BenchScript.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readFile(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
