package dev.jpwsh.commands.web;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The User-Agent pwsh sends by default: {@code Mozilla/5.0 (Linux; <OS description>; <culture>) PowerShell/<version>},
 * the OS description as .NET's RuntimeInformation gives it on Linux (kernel name, release and version).
 */
final class UserAgents {
    private static final String OS_DESCRIPTION = osDescription();

    private UserAgents() {
    }

    static String standard(Frame frame) {
        String culture = dev.jpwsh.dotnet.globalization.CultureInfo.getCurrentCulture().getName();
        Object versionTable = frame.variable("psversiontable");
        Object version = versionTable == null ? null : Members.get(versionTable, "PSVersion");
        return "Mozilla/5.0 (" + platform() + "; " + OS_DESCRIPTION + "; "
                + culture + ") PowerShell/"
                + (version == null ? "" : LanguagePrimitives.toString(version));
    }

    private static String platform() {
        String os = System.getProperty("os.name", "");
        return os.startsWith("Mac") ? "Macintosh" : os.startsWith("Windows") ? "Windows NT" : "Linux";
    }

    private static String osDescription() {
        String description = System.getProperty("os.name", "") + " " + System.getProperty("os.version", "");
        try {
            return (description + " " + Files.readString(Path.of("/proc/sys/kernel/version"))).strip();
        } catch (IOException | RuntimeException notLinux) {
            return description.strip();
        }
    }
}
