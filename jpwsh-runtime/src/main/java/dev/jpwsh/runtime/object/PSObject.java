package dev.jpwsh.runtime.object;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * A {@code [pscustomobject]}: named properties in the order they were added, found without regard to case, and
 * the type names that formatting looks at. Not thread-safe.
 */
public final class PSObject {
    /** One note property: its name as written and its value. */
    public static final class Property {
        private final String name;
        private Object value;

        Property(String name, Object value) {
            this.name = name;
            this.value = value;
        }

        public String name() {
            return name;
        }

        public Object value() {
            return value;
        }

        public void setValue(Object value) {
            this.value = value;
        }
    }

    private final LinkedHashMap<String, Property> properties = new LinkedHashMap<>();
    private final List<String> typeNames = new ArrayList<>(List.of("System.Management.Automation.PSCustomObject",
            "System.Object"));
    /** The text a deserialized object carried ({@code <ToString>}), which its ToString gives; else null. */
    private String serializedText;

    public Property property(String name) {
        return properties.get(name.toLowerCase(Locale.ROOT));
    }

    /** Adds a property, or replaces the value of the one with that name. */
    public void set(String name, Object value) {
        Property existing = property(name);
        if (existing != null) {
            existing.setValue(value);
        } else {
            properties.put(name.toLowerCase(Locale.ROOT), new Property(name, value));
        }
    }

    /** Removes the property with that name, if there is one. */
    public void remove(String name) {
        properties.remove(name.toLowerCase(Locale.ROOT));
    }

    public List<Property> properties() {
        return List.copyOf(properties.values());
    }

    /** Puts a more specific type name first, as formatting and {@code PSTypeNames} see it. */
    public void addTypeName(String name) {
        typeNames.addFirst(name);
    }

    public List<String> typeNames() {
        return Collections.unmodifiableList(typeNames);
    }

    /** The type names themselves, for {@code $o.PSTypeNames.Insert(0, 'My.Type')} and its kin. */
    public List<String> typeNamesForUpdate() {
        return typeNames;
    }

    /** {@code [psobject]::new()}: an empty custom object. */
    public static PSObject New() {
        return new PSObject();
    }

    /** {@code [psobject]::new(obj)}: the value, as {@link #AsPSObject} gives it. */
    public static Object New(Object obj) {
        return AsPSObject(obj);
    }

    /**
     * {@code [psobject]::AsPSObject(obj)}: the value as a PSObject. Values here carry their members without a
     * wrapper, so it is the value itself; null is pwsh's PSArgumentNullException.
     */
    public static Object AsPSObject(Object obj) {
        if (obj == null) {
            throw dev.jpwsh.runtime.error.AutomationExceptions.PSArgumentNullException.of("obj");
        }
        return obj;
    }

    public String serializedText() {
        return serializedText;
    }

    public void setSerializedText(String text) {
        this.serializedText = text;
    }

    /**
     * As PowerShell shows a custom object in a string: {@code @{Name=x; Count=1}}, values not expanded further; a
     * deserialized object's text as it was serialized.
     */
    @Override
    public String toString() {
        if (serializedText != null) {
            return serializedText;
        }
        StringBuilder sb = new StringBuilder("@{");
        boolean first = true;
        for (Property p : properties.values()) {
            sb.append(first ? "" : "; ").append(p.name()).append('=')
                    .append(dev.jpwsh.runtime.convert.LanguagePrimitives.toNestedString(p.value()));
            first = false;
        }
        return sb.append('}').toString();
    }
}
