package dev.jpwsh.engine.provider;

/**
 * A provider of items: it tells whether one exists, gets it, sets and clears its value. Paths are the provider's
 * own ({@link ProviderPath#path()}).
 */
public abstract class ItemCmdletProvider extends DriveCmdletProvider {
    protected ItemCmdletProvider(String name, String capabilities) {
        super(name, capabilities);
    }

    public abstract boolean itemExists(ProviderContext context, String path);

    /** {@return the item at {@code path}, which exists, as Get-Item writes it} */
    public abstract Object getItem(ProviderContext context, ProviderPath path);

    /** Sets the item's value (Set-Item); the result is what -PassThru writes. */
    public Object setItem(ProviderContext context, ProviderPath path, Object value) {
        throw ProviderErrors.notSupported(path.displayPath(), "Set-Item");
    }

    /** Clears the item's value (Clear-Item). */
    public void clearItem(ProviderContext context, ProviderPath path) {
        throw ProviderErrors.notSupported(path.displayPath(), "Clear-Item");
    }

    /** {@return whether {@code path} is a well-formed path of this provider, whether or not it exists} */
    public boolean isValidPath(String path) {
        return true;
    }

    /** {@return the names this provider's children match a wildcard against: case-sensitive or not} */
    public boolean caseSensitiveNames() {
        return false;
    }
}
