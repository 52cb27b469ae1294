package dev.jpwsh.dotnet.automation;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.Locale;

/** {@code [System.Management.Automation.Platform]}: which operating system this is, as pwsh's tests ask it. */
@DotNetName("System.Management.Automation.Platform")
public final class Platform {
    private static final String OS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);

    private Platform() {
    }

    public static boolean getIsLinux() {
        return OS.contains("linux");
    }

    public static boolean getIsMacOS() {
        return OS.contains("mac");
    }

    public static boolean getIsWindows() {
        return OS.contains("windows");
    }

    public static boolean getIsCoreCLR() {
        return true;
    }

    public static boolean getIsNanoServer() {
        return false;
    }

    public static boolean getIsIoT() {
        return false;
    }

    public static boolean getIsWindowsDesktop() {
        return getIsWindows();
    }

    public static boolean getIsStaSupported() {
        return false;
    }
}
