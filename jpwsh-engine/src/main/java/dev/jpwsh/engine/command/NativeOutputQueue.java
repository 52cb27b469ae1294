package dev.jpwsh.engine.command;

import dev.jpwsh.dotnet.threading.EngineThreads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * The lines a running native program prints on the streams jpwsh reads, gathered by one reader thread per stream
 * and handed over on the pipeline's own thread, in the order they arrived, so the commands downstream and the host
 * are only ever called from that thread. Unbounded, so a program never blocks on its output while the pipeline
 * thread is busy writing its input.
 */
final class NativeOutputQueue {
    /** A line the program wrote to its standard error. */
    record ErrorLine(String text) {
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> items = new LinkedBlockingQueue<>();
    private int openReaders;

    /** Reads {@code stream} line by line until it ends; {@code errors} marks the lines as standard error's. */
    void read(InputStream stream, boolean errors) {
        openReaders++;
        EngineThreads.virtual(errors ? "native command errors" : "native command output").start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    items.add(errors ? new ErrorLine(line) : line);
                }
            } catch (IOException closed) {
                // the program ended or was stopped: what it wrote so far has been handed over.
            } finally {
                items.add(END);
            }
        });
    }

    /** Hands the lines that have arrived to {@code sink}: output lines as strings, error lines as {@link ErrorLine}. */
    void drainAvailable(Consumer<Object> sink) {
        Object item;
        while (openReaders > 0 && (item = items.poll()) != null) {
            hand(item, sink);
        }
    }

    /** Hands every line to {@code sink} until all streams have ended. */
    void drainAll(Consumer<Object> sink) throws InterruptedException {
        while (openReaders > 0) {
            hand(items.take(), sink);
        }
    }

    private void hand(Object item, Consumer<Object> sink) {
        if (item == END) {
            openReaders--;
        } else {
            sink.accept(item);
        }
    }
}
