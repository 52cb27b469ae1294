package dev.jpwsh.engine.types;

/** An object with a .NET indexer taking a string ({@code this[string]}), which {@code $object['key']} calls. */
public interface StringIndexer {
    Object item(String key);
}
