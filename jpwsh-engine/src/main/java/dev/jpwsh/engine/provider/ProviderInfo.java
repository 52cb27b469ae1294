package dev.jpwsh.engine.provider;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;
import java.util.function.Supplier;

/** What Get-PSProvider shows of a provider: its name, module, capabilities, drives and home. */
@DotNetName("System.Management.Automation.ProviderInfo")
public final class ProviderInfo {
    /** The module every built-in provider belongs to, which prefixes its name in provider-qualified paths. */
    public static final String MODULE = "Microsoft.PowerShell.Core";

    private final String name;
    private final CmdletProvider provider;
    private final String capabilities;
    private volatile Supplier<List<PSDriveInfo>> drives = List::of;

    ProviderInfo(String name, CmdletProvider provider, String capabilities) {
        this.name = name;
        this.provider = provider;
        this.capabilities = capabilities;
    }

    void listDrivesFrom(Supplier<List<PSDriveInfo>> sessionDrives) {
        this.drives = sessionDrives;
    }

    public String getName() {
        return name;
    }

    /** {@return the module-qualified name, {@code Microsoft.PowerShell.Core\FileSystem}} */
    public String getFullName() {
        return MODULE + "\\" + name;
    }

    public String getModuleName() {
        return MODULE;
    }

    public String getPSSnapIn() {
        return MODULE;
    }

    public String getCapabilities() {
        return capabilities;
    }

    public List<PSDriveInfo> getDrives() {
        return drives.get();
    }

    public String getHome() {
        return provider.home();
    }

    public String getDescription() {
        return "";
    }

    CmdletProvider provider() {
        return provider;
    }

    @Override
    public String toString() {
        return name;
    }
}
