package dev.jpwsh.runtime.object;

/** An object with a .NET indexer taking a string ({@code this[string]}), which {@code $object['key']} calls. */
public interface NamedIndexer {
    Object item(String key);
}
