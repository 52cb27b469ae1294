package dev.jpwsh.engine.provider.session;

import dev.jpwsh.engine.provider.PSDriveInfo;
import dev.jpwsh.engine.provider.ProviderInfo;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * An environment variable or a variable as its provider writes it: shaped like System.Collections.DictionaryEntry
 * (Name, Key, Value) with the PS* properties of a provider item.
 */
@DotNetName("System.Collections.DictionaryEntry")
public final class SessionStateEntry {
    private final ProviderPath location;
    private final String name;
    private final Object value;

    SessionStateEntry(ProviderPath location, String name, Object value) {
        this.location = location;
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getKey() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    public String getPSPath() {
        return location.psPath();
    }

    public String getPSParentPath() {
        return location.provider().info().getFullName() + "::";
    }

    public String getPSChildName() {
        return name;
    }

    public PSDriveInfo getPSDrive() {
        return location.drive();
    }

    public ProviderInfo getPSProvider() {
        return location.provider().info();
    }

    public boolean getPSIsContainer() {
        return false;
    }

    @Override
    public String toString() {
        return "System.Collections.DictionaryEntry";
    }
}
