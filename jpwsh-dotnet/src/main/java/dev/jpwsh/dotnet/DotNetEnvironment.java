package dev.jpwsh.dotnet;

import dev.jpwsh.dotnet.io.ProcessPaths;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSHashtable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * System.Environment on Linux: the process's environment variables ({@link ProcessEnvironment}), its current
 * directory, the machine, user and operating system, special folders by the XDG conventions .NET follows, and Exit.
 */
@DotNetName("System.Environment")
public final class DotNetEnvironment {
    public static final String NewLine = "\n";

    private static final Pattern PERCENT_VARIABLE = Pattern.compile("%([^%]+)%");

    private DotNetEnvironment() {
    }

    /** System.EnvironmentVariableTarget: on Linux only the process has variables. */
    @DotNetName("System.EnvironmentVariableTarget")
    public enum EnvironmentVariableTarget {
        Process, User, Machine
    }

    public static String GetEnvironmentVariable(String variable) {
        return ProcessEnvironment.get(ArgumentExceptions.notNull(variable, "variable"));
    }

    /** The process's variable; null for the User and Machine targets, which Linux does not have. */
    public static String GetEnvironmentVariable(String variable, EnvironmentVariableTarget target) {
        ArgumentExceptions.notNull(variable, "variable");
        return target == EnvironmentVariableTarget.Process ? ProcessEnvironment.get(variable) : null;
    }

    public static void SetEnvironmentVariable(String variable, String value) {
        ProcessEnvironment.set(checkedName(variable), value);
    }

    /** Sets the process's variable; the User and Machine targets are ignored on Linux, as in .NET. */
    public static void SetEnvironmentVariable(String variable, String value, EnvironmentVariableTarget target) {
        checkedName(variable);
        if (target == EnvironmentVariableTarget.Process) {
            ProcessEnvironment.set(variable, value);
        }
    }

    private static String checkedName(String variable) {
        ArgumentExceptions.notNull(variable, "variable");
        if (variable.isEmpty()) {
            throw ArgumentExceptions.argument("String cannot be of zero length.", "variable");
        }
        if (variable.indexOf('=') >= 0 || variable.indexOf('\0') >= 0) {
            throw ArgumentExceptions.argument("Environment variable name or value is too long or contains invalid "
                    + "characters.", "variable");
        }
        return variable;
    }

    /** Every variable of the process, as a Hashtable. */
    public static PSHashtable GetEnvironmentVariables() {
        return new PSHashtable(ProcessEnvironment.snapshot());
    }

    /** {@code %NAME%} replaced by the variable's value where it is set. */
    public static String ExpandEnvironmentVariables(String name) {
        Matcher m = PERCENT_VARIABLE.matcher(ArgumentExceptions.notNull(name, "name"));
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            String value = ProcessEnvironment.get(m.group(1));
            m.appendReplacement(result, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        return m.appendTail(result).toString();
    }

    public static String getCurrentDirectory() {
        return ProcessPaths.currentDirectory();
    }

    public static void setCurrentDirectory(String value) throws IOException {
        ProcessPaths.setCurrentDirectory(value);
    }

    public static int getProcessorCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The host name the kernel reports, as .NET reads it. */
    public static String getMachineName() {
        try {
            String name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            if (!name.isEmpty()) {
                return name.split("\\.")[0];
            }
        } catch (IOException | SecurityException unavailable) {
            // fall back to the environment
        }
        String name = System.getenv("HOSTNAME");
        return name != null ? name : "localhost";
    }

    public static String getUserDomainName() {
        return getMachineName();
    }

    public static String getUserName() {
        return System.getProperty("user.name");
    }

    public static int getCurrentManagedThreadId() {
        return (int) Thread.currentThread().threadId();
    }

    public static int getProcessId() {
        return (int) ProcessHandle.current().pid();
    }

    /** The running program, the Java launcher here. */
    public static String getProcessPath() {
        return ProcessHandle.current().info().command().orElse(null);
    }

    public static String[] GetCommandLineArgs() {
        return ProcessHandle.current().info().arguments().orElse(new String[0]);
    }

    public static String getCommandLine() {
        return ProcessHandle.current().info().commandLine().orElse("");
    }

    public static boolean getIs64BitProcess() {
        return System.getProperty("os.arch", "").contains("64");
    }

    public static boolean getIs64BitOperatingSystem() {
        return getIs64BitProcess();
    }

    public static boolean getUserInteractive() {
        return true;
    }

    public static boolean getHasShutdownStarted() {
        return false;
    }

    public static String getSystemDirectory() {
        return "";
    }

    public static int getSystemPageSize() {
        return 4096;
    }

    /** Milliseconds since the process started (.NET counts from boot; scripts only take differences). */
    public static int getTickCount() {
        return (int) getTickCount64();
    }

    public static long getTickCount64() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** The .NET runtime version jpwsh stands in for. */
    public static Version getVersion() {
        return new Version(8, 0, 0, -1);
    }

    public static OperatingSystem getOSVersion() {
        return OperatingSystem.current();
    }

    /** Ends the process with {@code exitCode}, as .NET's Exit. */
    public static void Exit(int exitCode) {
        Runtime.getRuntime().exit(exitCode);
    }

    public static String GetFolderPath(SpecialFolder folder) {
        return folder.path();
    }

    /** System.OperatingSystem: the platform (Unix) and the kernel's version. */
    @DotNetName("System.OperatingSystem")
    public record OperatingSystem(Version version) {
        static OperatingSystem current() {
            String[] parts = System.getProperty("os.version", "0.0").split("[^0-9]+");
            int[] n = new int[4];
            java.util.Arrays.fill(n, -1);
            for (int i = 0; i < Math.min(parts.length, 4); i++) {
                n[i] = parts[i].isEmpty() ? 0 : Integer.parseInt(parts[i]);
            }
            return new OperatingSystem(new Version(n[0], Math.max(n[1], 0), n[2], n[3]));
        }

        public String getPlatform() {
            return "Unix";
        }

        public Version getVersion() {
            return version;
        }

        public String getVersionString() {
            return "Unix " + version;
        }

        public String getServicePack() {
            return "";
        }

        @Override
        public String toString() {
            return getVersionString();
        }
    }
}
