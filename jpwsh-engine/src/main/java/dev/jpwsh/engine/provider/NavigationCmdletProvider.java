package dev.jpwsh.engine.provider;

/** A provider of nested containers (FileSystem): it also moves items from one container to another. */
public abstract class NavigationCmdletProvider extends ContainerCmdletProvider {
    protected NavigationCmdletProvider(String name, String capabilities) {
        super(name, capabilities);
    }

    /** Moves an item to {@code destination} (a path of this provider) and returns it there. */
    public abstract Object moveItem(ProviderContext context, ProviderPath path, String destination);
}
