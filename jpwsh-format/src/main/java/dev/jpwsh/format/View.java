package dev.jpwsh.format;

import static dev.jpwsh.format.TableView.Alignment.LEFT;
import static dev.jpwsh.format.TableView.Alignment.RIGHT;

import dev.jpwsh.engine.exec.PathInfo;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.modules.PSModuleInfo;
import dev.jpwsh.engine.provider.PSDriveInfo;
import dev.jpwsh.engine.provider.ProviderInfo;
import dev.jpwsh.engine.provider.filesystem.FileSystemItem;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.types.DotNetType;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.object.PSObject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The table views pwsh defines for particular types: fixed column widths, and for .NET types the columns. */
final class View {
    /**
     * {@code System.Management.Automation.Runspaces.Runspace} in PowerShellCore_format_ps1xml: a runspace without
     * connection info is a Local one on localhost.
     */
    private static final TableView RUNSPACE = new TableView(List.of(
            new TableView.Column("Id", 3, RIGHT, r -> ((Runspace) r).getId()),
            new TableView.Column("Name", 15, LEFT, r -> ((Runspace) r).getName()),
            new TableView.Column("ComputerName", 15, LEFT, r -> computerName((Runspace) r)),
            new TableView.Column("Type", 13, LEFT,
                    r -> ((Runspace) r).getConnectionInfo() == null ? "Local" : "Remote"),
            new TableView.Column("State", 13, LEFT, r -> ((Runspace) r).getRunspaceStateInfo().getState()),
            new TableView.Column("Availability", 15, LEFT, r -> ((Runspace) r).getRunspaceAvailability())));

    /**
     * {@code System.Management.Automation.Job} in PowerShellCore_format_ps1xml, for every kind of job (event jobs
     * included): all columns left-aligned, the Id and HasMoreData too.
     */
    private static final TableView JOB = new TableView(List.of(
            new TableView.Column("Id", 6, LEFT, j -> ((Job) j).getId()),
            new TableView.Column("Name", 15, LEFT, j -> ((Job) j).getName()),
            new TableView.Column("PSJobTypeName", 15, LEFT, j -> ((Job) j).getPSJobTypeName()),
            new TableView.Column("State", 13, LEFT, j -> ((Job) j).getState()),
            new TableView.Column("HasMoreData", 15, LEFT, j -> ((Job) j).getHasMoreData()),
            new TableView.Column("Location", 20, LEFT, j -> ((Job) j).getLocation()),
            new TableView.Column("Command", 25, LEFT, j -> ((Job) j).getCommand())));

    /**
     * {@code System.Management.Automation.PSModuleInfo} in PowerShellCore_format_ps1xml: the PreRelease column is
     * empty for jpwsh's modules, whose manifests' PrivateData it does not read.
     */
    private static final TableView MODULE = new TableView(List.of(
            new TableView.Column("ModuleType", 10, LEFT, m -> ((PSModuleInfo) m).getModuleType()),
            new TableView.Column("Version", 10, LEFT, m -> ((PSModuleInfo) m).getVersion()),
            new TableView.Column("PreRelease", 10, LEFT, m -> null),
            new TableView.Column("Name", 35, LEFT, m -> ((PSModuleInfo) m).getName()),
            new TableView.Column("ExportedCommands", 0, LEFT, m -> ((PSModuleInfo) m).getExportedCommands().keySet())));

    /**
     * {@code System.RuntimeType} in PowerShellCore_format_ps1xml, for a type literal ({@code [int]}) and what
     * {@code GetType()} returns: the IsSerializable column is headed IsSerial.
     */
    private static final TableView TYPE = new TableView(List.of(
            new TableView.Column("IsPublic", 8, LEFT, t -> type(t).getIsPublic()),
            new TableView.Column("IsSerial", 8, LEFT, t -> type(t).getIsSerializable()),
            new TableView.Column("Name", 40, LEFT, t -> type(t).getName()),
            new TableView.Column("BaseType", 0, LEFT, t -> type(t).getBaseType())));

    /**
     * {@code System.Diagnostics.Process} in DotNetTypes_format_ps1xml: memory in kilobytes and megabytes, processor
     * time in seconds with two decimals. Chosen by the .NET type name, whichever class carries it.
     */
    private static final TableView PROCESS = new TableView(List.of(
            new TableView.Column("NPM(K)", 7, RIGHT, p -> number(p, "NPM") / 1024),
            new TableView.Column("PM(M)", 8, RIGHT, p -> twoDecimals(number(p, "PM") / 1048576.0)),
            new TableView.Column("WS(M)", 10, RIGHT, p -> twoDecimals(number(p, "WS") / 1048576.0)),
            new TableView.Column("CPU(s)", 10, RIGHT, p -> twoDecimals(Members.get(p, "CPU") instanceof Number n
                    ? n.doubleValue() : 0)),
            new TableView.Column("Id", 7, RIGHT, p -> Members.get(p, "Id")),
            new TableView.Column("SI", 3, RIGHT, p -> Members.get(p, "SI")),
            new TableView.Column("ProcessName", 0, LEFT, p -> Members.get(p, "ProcessName"))));

    /**
     * {@code System.Diagnostics.Process#IncludeUserName}, the view of Get-Process -IncludeUserName's processes, which
     * are the ones that carry a user name.
     */
    private static final TableView PROCESS_WITH_USER_NAME = new TableView(List.of(
            new TableView.Column("WS(M)", 10, RIGHT, p -> twoDecimals(number(p, "WS") / 1048576.0)),
            new TableView.Column("CPU(s)", 8, RIGHT, p -> twoDecimals(Members.get(p, "CPU") instanceof Number n
                    ? n.doubleValue() : 0)),
            new TableView.Column("Id", 7, RIGHT, p -> Members.get(p, "Id")),
            new TableView.Column("UserName", 30, LEFT, p -> Members.get(p, "UserName")),
            new TableView.Column("ProcessName", 0, LEFT, p -> Members.get(p, "ProcessName"))));

    private static final String PROCESS_TYPE = "System.Diagnostics.Process";

    private static final String FILE_SYSTEM_PREFIX = "Microsoft.PowerShell.Core\\FileSystem::";
    private static final DateTimeFormatter SHORT_DATE_TIME = DateTimeFormatter.ofPattern("M/d/yyyy HH:mm",
            Locale.ROOT);

    /**
     * {@code System.IO.DirectoryInfo} and {@code FileInfo}'s childrenWithUnixStat view in FileSystem_format_ps1xml:
     * grouped by folder, the date as {@code {0:d} {0:HH}:{0:mm}} in en-US.
     */
    private static final TableView FILE_SYSTEM = new TableView(List.of(
            new TableView.Column("UnixMode", 10, LEFT, f -> ((FileSystemItem) f).getUnixMode()),
            new TableView.Column("User", 10, RIGHT, f -> ((FileSystemItem) f).getUser()),
            new TableView.Column("Group", 10, LEFT, f -> ((FileSystemItem) f).getGroup()),
            new TableView.Column("LastWriteTime", 16, RIGHT, f -> ((FileSystemItem) f).getLastWriteTime().value()
                    .format(SHORT_DATE_TIME)),
            new TableView.Column("Size", 12, RIGHT, f -> ((FileSystemItem) f).getSize()),
            new TableView.Column("Name", 0, LEFT, f -> ((FileSystemItem) f).getNameString())),
            f -> "    Directory: " + ((FileSystemItem) f).getPSParentPath().replace(FILE_SYSTEM_PREFIX, ""));

    /** {@code System.Management.Automation.PathInfo} in PowerShellCore_format_ps1xml: its Path. */
    private static final TableView PATH_INFO = new TableView(List.of(
            new TableView.Column("Path", 0, LEFT, p -> ((PathInfo) p).getPath())));

    /** The drive view of {@code PSDriveInfo} in PowerShellCore_format_ps1xml: sizes in GB for FileSystem drives. */
    private static final TableView DRIVE = new TableView(List.of(
            new TableView.Column("Name", 10, LEFT, d -> ((PSDriveInfo) d).getName()),
            new TableView.Column("Used (GB)", 13, RIGHT, d -> gigabytes(((PSDriveInfo) d).getUsed())),
            new TableView.Column("Free (GB)", 13, RIGHT, d -> gigabytes(((PSDriveInfo) d).getFree())),
            new TableView.Column("Provider", 13, LEFT, d -> ((PSDriveInfo) d).getProvider().getName()),
            new TableView.Column("Root", 35, LEFT, d -> ((PSDriveInfo) d).getRoot()),
            new TableView.Column("CurrentLocation", 0, RIGHT, d -> ((PSDriveInfo) d).getCurrentLocation())));

    /** The provider view of {@code ProviderInfo} in PowerShellCore_format_ps1xml. */
    private static final TableView PROVIDER = new TableView(List.of(
            new TableView.Column("Name", 20, LEFT, p -> ((ProviderInfo) p).getName()),
            new TableView.Column("Capabilities", 0, LEFT, p -> ((ProviderInfo) p).getCapabilities()),
            new TableView.Column("Drives", 0, LEFT, p -> ((ProviderInfo) p).getDrives())));

    private View() {
    }

    /** The column widths for a custom object's properties (0: as wide as needed). */
    static List<Integer> widthsFor(PSObject object, List<String> columns) {
        if (object.typeNames().contains("Microsoft.PowerShell.Commands.GroupInfo")) {
            return List.of(5, 25, 0).subList(0, columns.size());
        }
        return columns.stream().map(c -> 0).toList();
    }

    /** The table view of {@code value}'s type, or null when pwsh defines none. {@code value} is not null. */
    static TableView tableOf(Object value) {
        return switch (value) {
            case Runspace r -> RUNSPACE;
            case Job j -> JOB;
            case PSModuleInfo m -> MODULE;
            case Class<?> c -> TYPE;
            case FileSystemItem f -> FILE_SYSTEM;
            case PathInfo p -> PATH_INFO;
            case PSDriveInfo d -> DRIVE;
            case ProviderInfo p -> PROVIDER;
            case DotNetType t -> TYPE;
            default -> PROCESS_TYPE.equals(dev.jpwsh.runtime.object.TypeNames.ofValue(value))
                    ? Members.get(value, "UserName") == null ? PROCESS : PROCESS_WITH_USER_NAME : null;
        };
    }

    private static long number(Object value, String property) {
        return Members.get(value, property) instanceof Number n ? n.longValue() : 0;
    }

    /** {@code "{0:N2}" -f [float]$value}: grouped thousands, two decimals. */
    private static String twoDecimals(double value) {
        return String.format(java.util.Locale.US, "%,.2f", (float) value);
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
