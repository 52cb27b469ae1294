package dev.jpwsh.engine.serialization;

import java.util.List;

/**
 * What the serializer asks its caller about objects that are not primitives, containers or custom objects: their
 * adapted properties (the .NET-style properties PowerShell's adapter lists, with any from type data), and a
 * property's value. The commands implement it with their member listing; the remoting layer can reuse theirs.
 */
public interface PropertySource {
    /** The names of {@code value}'s properties, in the order pwsh lists them. */
    List<String> propertyNames(Object value);

    /** The value of property {@code name} of {@code value}; an exception leaves the property out. */
    Object read(Object value, String name);

    /** No object has properties: for code outside a session. */
    PropertySource NONE = new PropertySource() {
        @Override
        public List<String> propertyNames(Object value) {
            return List.of();
        }

        @Override
        public Object read(Object value, String name) {
            return null;
        }
    };
}
