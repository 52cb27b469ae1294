package dev.jpwsh.engine.types;

/** An engine object with a .NET indexer taking a string ({@code this[string]}), which {@code $object['key']} calls. */
public interface StringIndexer extends dev.jpwsh.runtime.object.NamedIndexer {
}
