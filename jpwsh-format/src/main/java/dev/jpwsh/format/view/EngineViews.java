package dev.jpwsh.format.view;

import static dev.jpwsh.format.data.FormatData.Alignment.LEFT;
import static dev.jpwsh.format.data.FormatData.Alignment.RIGHT;

import dev.jpwsh.engine.exec.PathInfo;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.modules.PSModuleInfo;
import dev.jpwsh.engine.provider.PSDriveInfo;
import dev.jpwsh.engine.provider.ProviderInfo;
import dev.jpwsh.engine.provider.filesystem.FileSystemItem;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.types.DotNetType;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.format.view.ViewDefinition.GroupBy;
import dev.jpwsh.format.view.ViewDefinition.TableColumn;
import dev.jpwsh.format.view.ViewDefinition.TableControl;
import dev.jpwsh.runtime.object.TypeNames;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The table views of pwsh's format data for the engine's own objects, found by their Java classes: runspaces,
 * jobs, modules, types, processes, file system items, paths, drives and providers.
 */
final class EngineViews {
    private static final String FILE_SYSTEM_PREFIX = "Microsoft.PowerShell.Core\\FileSystem::";
    private static final DateTimeFormatter SHORT_DATE_TIME = DateTimeFormatter.ofPattern("M/d/yyyy HH:mm",
            Locale.ROOT);

    private EngineViews() {
    }

    static List<ViewDefinition> all() {
        return List.of(runspace(), job(), module(), type(), fileSystem(), fileSystemList(), fileSystemWide(),
                pathInfo(), drive(), provider(), processWithUserName(), process(), psSession());
    }

    /** {@code System.Management.Automation.Runspaces.PSSession}, by type name (the class lives in remoting). */
    private static ViewDefinition psSession() {
        return ViewDefinition.of("PSSession", List.of("System.Management.Automation.Runspaces.PSSession"),
                new TableControl(List.of(new TableColumn("Id", 3, RIGHT, new ViewDefinition.PropertyValue("Id"), null),
                        TableColumn.property("Name", 15), TableColumn.property("Transport", 9),
                        TableColumn.property("ComputerName", 15), TableColumn.property("ComputerType", 15),
                        TableColumn.property("State", 13), TableColumn.property("ConfigurationName", 20),
                        new TableColumn("Availability", 13, RIGHT,
                                new ViewDefinition.PropertyValue("Availability"), null))));
    }

    /** {@code System.Management.Automation.Runspaces.Runspace}: a runspace without connection info is Local. */
    private static ViewDefinition runspace() {
        return ViewDefinition.of("Runspace", Runspace.class, new TableControl(List.of(
                TableColumn.computed("Id", 3, RIGHT, r -> ((Runspace) r).getId()),
                TableColumn.computed("Name", 15, LEFT, r -> ((Runspace) r).getName()),
                TableColumn.computed("ComputerName", 15, LEFT, r -> computerName((Runspace) r)),
                TableColumn.computed("Type", 13, LEFT,
                        r -> ((Runspace) r).getConnectionInfo() == null ? "Local" : "Remote"),
                TableColumn.computed("State", 13, LEFT, r -> ((Runspace) r).getRunspaceStateInfo().getState()),
                TableColumn.computed("Availability", 15, LEFT, r -> ((Runspace) r).getRunspaceAvailability()))))
                .shownAs("System.Management.Automation.Runspaces.Runspace");
    }

    /** {@code System.Management.Automation.Job}, for every kind of job: all columns left-aligned. */
    private static ViewDefinition job() {
        return ViewDefinition.of("Job", Job.class, new TableControl(List.of(
                TableColumn.computed("Id", 6, LEFT, j -> ((Job) j).getId()),
                TableColumn.computed("Name", 15, LEFT, j -> ((Job) j).getName()),
                TableColumn.computed("PSJobTypeName", 15, LEFT, j -> ((Job) j).getPSJobTypeName()),
                TableColumn.computed("State", 13, LEFT, j -> ((Job) j).getState()),
                TableColumn.computed("HasMoreData", 15, LEFT, j -> ((Job) j).getHasMoreData()),
                TableColumn.computed("Location", 20, LEFT, j -> ((Job) j).getLocation()),
                TableColumn.computed("Command", 25, LEFT, j -> ((Job) j).getCommand()))));
    }

    /** {@code System.Management.Automation.PSModuleInfo}: PreRelease is empty, manifests' PrivateData unread. */
    private static ViewDefinition module() {
        return ViewDefinition.of("Module", PSModuleInfo.class, new TableControl(List.of(
                TableColumn.computed("ModuleType", 10, LEFT, m -> ((PSModuleInfo) m).getModuleType()),
                TableColumn.computed("Version", 10, LEFT, m -> ((PSModuleInfo) m).getVersion()),
                TableColumn.computed("PreRelease", 10, LEFT, m -> null),
                TableColumn.computed("Name", 35, LEFT, m -> ((PSModuleInfo) m).getName()),
                TableColumn.computed("ExportedCommands", 0, LEFT,
                        m -> ((PSModuleInfo) m).getExportedCommands().keySet()))));
    }

    /** {@code System.RuntimeType}, for a type literal and what GetType() returns: IsSerializable is IsSerial. */
    private static ViewDefinition type() {
        return ViewDefinition.of("System.RuntimeType", "System.RuntimeType", t -> t instanceof Class<?> || t instanceof DotNetType,
                new TableControl(List.of(
                TableColumn.computed("IsPublic", 8, LEFT, t -> type(t).getIsPublic()),
                TableColumn.computed("IsSerial", 8, LEFT, t -> type(t).getIsSerializable()),
                TableColumn.computed("Name", 40, LEFT, t -> type(t).getName()),
                TableColumn.computed("BaseType", 0, LEFT, t -> type(t).getBaseType()))));
    }

    /**
     * {@code System.IO.DirectoryInfo} and {@code FileInfo}'s childrenWithUnixStat view: grouped by folder, the date
     * as {@code {0:d} {0:HH}:{0:mm}} in en-US.
     */
    private static ViewDefinition fileSystem() {
        return ViewDefinition.of("childrenWithUnixStat", FileSystemItem.class, new TableControl(List.of(
                TableColumn.computed("UnixMode", 10, LEFT, f -> ((FileSystemItem) f).getUnixMode()),
                TableColumn.computed("User", 10, RIGHT, f -> ((FileSystemItem) f).getUser()),
                TableColumn.computed("Group", 10, LEFT, f -> ((FileSystemItem) f).getGroup()),
                TableColumn.computed("LastWriteTime", 16, RIGHT, f -> ((FileSystemItem) f).getLastWriteTime().value()
                        .format(SHORT_DATE_TIME)),
                TableColumn.computed("Size", 12, RIGHT, f -> ((FileSystemItem) f).getSize()),
                TableColumn.computed("Name", 0, LEFT, f -> ((FileSystemItem) f).getNameString())),
                byFolder(), false, false))
                .shownAs("System.IO.DirectoryInfo", "System.IO.FileInfo");
    }

    /** The file system views' grouping: a {@code Directory:} header for each folder. */
    private static GroupBy byFolder() {
        return new GroupBy(new ViewDefinition.ComputedValue(f -> ((FileSystemItem) f).getPSParentPath()),
                f -> "    Directory: " + ((FileSystemItem) f).getPSParentPath().replace(FILE_SYSTEM_PREFIX, ""));
    }

    /**
     * The list view of files and folders: Name, a file's Length, the three times, Mode, LinkType, Target and a
     * file's VersionInfo (on Linux only its File line has a value).
     */
    private static ViewDefinition fileSystemList() {
        java.util.function.Predicate<Object> file = f -> !((FileSystemItem) f).getPSIsContainer();
        return ViewDefinition.of("children", FileSystemItem.class, new ViewDefinition.ListControl(List.of(
                ViewDefinition.ListItem.property("Name"),
                new ViewDefinition.ListItem("Length", new ViewDefinition.PropertyValue("Length"), null, file),
                ViewDefinition.ListItem.property("CreationTime"), ViewDefinition.ListItem.property("LastWriteTime"),
                ViewDefinition.ListItem.property("LastAccessTime"), ViewDefinition.ListItem.property("Mode"),
                ViewDefinition.ListItem.property("LinkType"), ViewDefinition.ListItem.property("Target"),
                new ViewDefinition.ListItem("VersionInfo", new ViewDefinition.ComputedValue(f -> versionInfo(
                        (FileSystemItem) f)), null, file)), byFolder()))
                .shownAs("System.IO.DirectoryInfo", "System.IO.FileInfo");
    }

    /** FileVersionInfo's text for a file without version resources, as .NET writes it on Linux. */
    private static String versionInfo(FileSystemItem file) {
        return "File:             " + file.getFullName() + "\nInternalName:     \nOriginalFilename: \nFileVersion:      "
                + "\nFileDescription:  \nProduct:          \nProductVersion:   \nDebug:            False\n"
                + "Patched:          False\nPreRelease:       False\nPrivateBuild:     False\n"
                + "SpecialBuild:     False\nLanguage:         \n";
    }

    /** The wide view of files and folders: names, a folder's in brackets. */
    private static ViewDefinition fileSystemWide() {
        return ViewDefinition.of("children", FileSystemItem.class, new ViewDefinition.WideControl(
                new ViewDefinition.ComputedValue(f -> ((FileSystemItem) f).getPSIsContainer()
                        ? "[" + ((FileSystemItem) f).getName() + "]" : ((FileSystemItem) f).getName()), byFolder()))
                .shownAs("System.IO.DirectoryInfo", "System.IO.FileInfo");
    }

    private static ViewDefinition pathInfo() {
        return ViewDefinition.of("PathInfo", PathInfo.class, new TableControl(List.of(
                TableColumn.computed("Path", 0, LEFT, p -> ((PathInfo) p).getPath()))));
    }

    /** The drive view of {@code PSDriveInfo}: sizes in GB for FileSystem drives. */
    private static ViewDefinition drive() {
        return ViewDefinition.of("drive", PSDriveInfo.class, new TableControl(List.of(
                TableColumn.computed("Name", 10, LEFT, d -> ((PSDriveInfo) d).getName()),
                TableColumn.computed("Used (GB)", 13, RIGHT, d -> gigabytes(((PSDriveInfo) d).getUsed())),
                TableColumn.computed("Free (GB)", 13, RIGHT, d -> gigabytes(((PSDriveInfo) d).getFree())),
                TableColumn.computed("Provider", 13, LEFT, d -> ((PSDriveInfo) d).getProvider().getName()),
                TableColumn.computed("Root", 35, LEFT, d -> ((PSDriveInfo) d).getRoot()),
                TableColumn.computed("CurrentLocation", 0, RIGHT, d -> ((PSDriveInfo) d).getCurrentLocation()))));
    }

    private static ViewDefinition provider() {
        return ViewDefinition.of("provider", ProviderInfo.class, new TableControl(List.of(
                TableColumn.computed("Name", 20, LEFT, p -> ((ProviderInfo) p).getName()),
                TableColumn.computed("Capabilities", 0, LEFT, p -> ((ProviderInfo) p).getCapabilities()),
                TableColumn.computed("Drives", 0, LEFT, p -> ((ProviderInfo) p).getDrives()))));
    }

    /**
     * {@code System.Diagnostics.Process}: memory in kilobytes and megabytes, processor time in seconds with two
     * decimals; a process that carries a user name (Get-Process -IncludeUserName) has a view of its own.
     */
    private static ViewDefinition process() {
        return ViewDefinition.of("process", List.of("System.Diagnostics.Process"), new TableControl(List.of(
                TableColumn.computed("NPM(K)", 7, RIGHT, p -> number(p, "NPM") / 1024),
                TableColumn.computed("PM(M)", 8, RIGHT, p -> twoDecimals(number(p, "PM") / 1048576.0)),
                TableColumn.computed("WS(M)", 10, RIGHT, p -> twoDecimals(number(p, "WS") / 1048576.0)),
                TableColumn.computed("CPU(s)", 10, RIGHT, EngineViews::cpu),
                TableColumn.computed("Id", 7, RIGHT, p -> Members.get(p, "Id")),
                TableColumn.computed("SI", 3, RIGHT, p -> Members.get(p, "SI")),
                TableColumn.computed("ProcessName", 0, LEFT, p -> Members.get(p, "ProcessName")))));
    }

    private static ViewDefinition processWithUserName() {
        return ViewDefinition.of("process", "System.Diagnostics.Process", p -> "System.Diagnostics.Process".equals(TypeNames.ofValue(p))
                && Members.get(p, "UserName") != null, new TableControl(List.of(
                        TableColumn.computed("WS(M)", 10, RIGHT, p -> twoDecimals(number(p, "WS") / 1048576.0)),
                        TableColumn.computed("CPU(s)", 8, RIGHT, EngineViews::cpu),
                        TableColumn.computed("Id", 7, RIGHT, p -> Members.get(p, "Id")),
                        TableColumn.computed("UserName", 30, LEFT, p -> Members.get(p, "UserName")),
                        TableColumn.computed("ProcessName", 0, LEFT, p -> Members.get(p, "ProcessName")))));
    }

    private static Object cpu(Object process) {
        return twoDecimals(Members.get(process, "CPU") instanceof Number n ? n.doubleValue() : 0);
    }

    private static long number(Object value, String property) {
        return Members.get(value, property) instanceof Number n ? n.longValue() : 0;
    }

    /** {@code "{0:N2}" -f [float]$value}: grouped thousands, two decimals. */
    private static String twoDecimals(double value) {
        return String.format(Locale.US, "%,.2f", (float) value);
    }

    private static String gigabytes(Long bytes) {
        return bytes == null ? null : String.format(Locale.ROOT, "%.2f", bytes / (double) (1L << 30));
    }

    private static DotNetType type(Object value) {
        return value instanceof Class<?> c ? DotNetType.of(c) : (DotNetType) value;
    }

    private static Object computerName(Runspace runspace) {
        Object connection = runspace.getConnectionInfo();
        return connection == null ? "localhost" : Members.get(connection, "ComputerName");
    }
}
