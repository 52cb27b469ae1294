package dev.jpwsh.engine.provider;

import java.util.Iterator;

/** The optional capability of reading and writing an item's content (Get-, Set-, Add-, Clear-Content). */
public interface ContentCmdletProvider {
    /**
     * {@return the item's content, read lazily: lines, or bytes, or one string with {@code -Raw}}; close it when done
     */
    ContentReader reader(ProviderContext context, ProviderPath path, ContentOptions options);

    /** {@return a writer of content to the item, made or truncated unless {@code append}}; close it when done */
    ContentWriter writer(ProviderContext context, ProviderPath path, ContentOptions options, boolean append);

    /** Empties the item's content, keeping the item. */
    void clearContent(ProviderContext context, ProviderPath path);

    /** A lazy reader of content, to be closed. */
    interface ContentReader extends Iterator<Object>, AutoCloseable {
        @Override
        void close();

        /**
         * After {@link #hasNext} said the end was reached: look again, for Get-Content -Wait; {@return false when this
         * reader cannot see content added since}
         */
        default boolean resume() {
            return false;
        }
    }

    /** A writer of content, to be closed. */
    interface ContentWriter extends AutoCloseable {
        void write(Object value);

        @Override
        void close();
    }
}
