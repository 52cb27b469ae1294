package dev.jpwsh.engine.provider;

/**
 * A resolved path: the provider that owns it, the drive it was reached through (null for a provider-qualified
 * path), and the provider's own path ({@code /tmp/x} for FileSystem, a variable's name for Env).
 */
public record ProviderPath(PSDriveInfo drive, CmdletProvider provider, String path) {
    /** {@return the path as PSPath shows it, {@code Microsoft.PowerShell.Core\FileSystem::/tmp/x}} */
    public String psPath() {
        return provider.info().getFullName() + "::" + path;
    }

    /**
     * {@return the path as the session shows it: drive-qualified ({@code Temp:/x}, {@code Env:/PATH}), plain for
     * the {@code /} drive, provider-qualified without a drive}
     */
    public String displayPath() {
        if (drive == null) {
            return psPath();
        }
        String relative = drive.relative(path);
        if (drive.getName().equals("/") || relative == null) {
            return relative == null ? path : "/" + relative;
        }
        return drive.getName() + ":/" + relative;
    }

    /** {@return the same item reached through another provider path} */
    public ProviderPath withPath(String otherPath) {
        return new ProviderPath(drive, provider, otherPath);
    }

    /**
     * {@return the provider as the capability {@code step} of the ladder}
     *
     * @throws dev.jpwsh.engine.exec.PSException NotSupported, naming {@code operation}, when it lacks it
     */
    public <T> T require(Class<T> step, String operation) {
        if (!step.isInstance(provider)) {
            throw ProviderErrors.notSupported(displayPath(), operation);
        }
        return step.cast(provider);
    }
}
