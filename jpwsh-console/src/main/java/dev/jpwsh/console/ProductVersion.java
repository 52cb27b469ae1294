package dev.jpwsh.console;

/** The PowerShell release whose behaviour jpwsh follows; {@code -Version} reports it the way pwsh does. */
final class ProductVersion {
    static final String COMPATIBLE_POWERSHELL_VERSION = "7.4.6";

    private ProductVersion() {
    }

    static String versionLine() {
        return "PowerShell " + COMPATIBLE_POWERSHELL_VERSION;
    }
}
