package dev.jpwsh.engine.provider;

import java.util.List;

/**
 * A provider whose items hold other items: it lists, makes, removes, renames and copies them. The session-state
 * providers (Env, Variable, Function, Alias) stop here: a flat container at the drive's root.
 */
public abstract class ContainerCmdletProvider extends ItemCmdletProvider {
    protected ContainerCmdletProvider(String name, String capabilities) {
        super(name, capabilities);
    }

    /** {@return whether the item at {@code path} holds other items} */
    public abstract boolean isContainer(ProviderContext context, String path);

    /**
     * Writes the children of the container at {@code path} to {@code out}, as the query asks (recursing, filtering),
     * one at a time as they are found: a caller that stops reading stops the walk.
     */
    public abstract void childItems(ProviderContext context, ProviderPath path, ChildQuery query, ChildSink out);

    /** {@return the names of the children of {@code path}, for wildcard expansion} */
    public abstract List<String> childNames(ProviderContext context, String path);

    /** Makes an item and returns it (New-Item). */
    public Object newItem(ProviderContext context, ProviderPath path, String itemType, Object value) {
        throw ProviderErrors.notSupported(path.displayPath(), "New-Item");
    }

    /** Removes an item (Remove-Item). */
    public void removeItem(ProviderContext context, ProviderPath path, boolean recurse) {
        throw ProviderErrors.notSupported(path.displayPath(), "Remove-Item");
    }

    /** Renames an item in its container and returns it under its new name. */
    public Object renameItem(ProviderContext context, ProviderPath path, String newName) {
        throw ProviderErrors.notSupported(path.displayPath(), "Rename-Item");
    }

    /** Copies an item to {@code destination} (a path of this provider) and returns the copy. */
    public Object copyItem(ProviderContext context, ProviderPath path, String destination, boolean recurse) {
        throw ProviderErrors.notSupported(path.displayPath(), "Copy-Item");
    }

    /** {@return the path of {@code child} in the container {@code parent}} */
    public String childPath(String parent, String child) {
        return child;
    }

    /** {@return the parent container's path of {@code path}, or empty for the root} */
    public String parentPath(String path) {
        return "";
    }

    /** {@return the last name of {@code path}} */
    public String childName(String path) {
        return path;
    }

    /** Receives the items a container walk finds: the item and its path relative to the walk's start. */
    @FunctionalInterface
    public interface ChildSink {
        void accept(String relativeName, Object item);
    }
}
