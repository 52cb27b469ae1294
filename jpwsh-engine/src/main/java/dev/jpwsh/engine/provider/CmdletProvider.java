package dev.jpwsh.engine.provider;

/**
 * The first step of the capability ladder: a provider has a name and its {@link ProviderInfo}. Each further step
 * ({@link DriveCmdletProvider}, {@link ItemCmdletProvider}, {@link ContainerCmdletProvider}, {@link
 * NavigationCmdletProvider}) and the optional {@link ContentCmdletProvider} adds what a provider can do.
 */
public abstract class CmdletProvider {
    private final ProviderInfo info;

    protected CmdletProvider(String name, String capabilities) {
        this.info = new ProviderInfo(name, this, capabilities);
    }

    public final ProviderInfo info() {
        return info;
    }

    public final String name() {
        return info.getName();
    }

    /** {@return the provider's home folder ({@code ~}), or null when it has none} */
    public String home() {
        return null;
    }
}
