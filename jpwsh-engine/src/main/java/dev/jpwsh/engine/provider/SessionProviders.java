package dev.jpwsh.engine.provider;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.PathInfo;
import dev.jpwsh.engine.exec.SessionLocation;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One session's providers, drives and location: the current drive (each drive keeps its own current location), the
 * location stacks of Push- and Pop-Location, and the last FileSystem folder, which the interpreter core reads as the
 * session's {@link SessionLocation}. The pipeline thread changes it; {@link #currentFileSystemDirectory} may be read
 * from any thread.
 */
public final class SessionProviders implements SessionLocation {
    /** The name of the stack Push-Location uses unless told otherwise. */
    public static final String DEFAULT_STACK = "default";

    private final ExecutionContext context;
    private final Map<String, CmdletProvider> providers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, PSDriveInfo> drives = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Deque<ProviderPath>> stacks = new HashMap<>();
    private final PathResolver resolver = new PathResolver(this);
    private final LocationHistory history = new LocationHistory();
    private PSDriveInfo currentDrive;
    private String defaultStack = DEFAULT_STACK;
    private volatile String lastFileSystemLocation;

    private SessionProviders(ExecutionContext context) {
        this.context = context;
    }

    /**
     * Gives {@code context} these providers and their drives, starting in the process's working directory, and makes
     * them its location.
     */
    public static SessionProviders install(ExecutionContext context, List<DriveCmdletProvider> builtIn) {
        SessionProviders session = new SessionProviders(context);
        for (DriveCmdletProvider provider : builtIn) {
            session.providers.put(provider.name(), provider);
            provider.info().listDrivesFrom(() -> session.drivesOf(provider));
            provider.initialDrives().forEach(d -> session.drives.put(d.getName(), d));
        }
        PSDriveInfo root = session.fileSystemDrive();
        String start = Path.of("").toAbsolutePath().toString();
        root.setLocation(start);
        session.currentDrive = root;
        session.lastFileSystemLocation = start;
        context.installService(SessionProviders.class, session);
        context.setLocation(session);
        return session;
    }

    /** {@return the providers of the session {@code context}} */
    public static SessionProviders of(ExecutionContext context) {
        return context.service(SessionProviders.class);
    }

    public PathResolver paths() {
        return resolver;
    }

    /** {@return the locations Set-Location went through, for {@code cd -} and {@code cd +}} */
    public LocationHistory history() {
        return history;
    }

    ExecutionContext context() {
        return context;
    }

    @Override
    public Path currentFileSystemDirectory() {
        return Path.of(lastFileSystemLocation);
    }

    String lastFileSystemLocation() {
        return lastFileSystemLocation;
    }

    @Override
    public PathInfo currentPathInfo() {
        return pathInfo(current());
    }

    /** {@return {@code path} as Get-Location and Resolve-Path write it} */
    public PathInfo pathInfo(ProviderPath path) {
        return new PathInfo(path.drive(), path.provider().info(), path.displayPath(), path.path());
    }

    /** {@return the current location} */
    public ProviderPath current() {
        return new ProviderPath(currentDrive, currentDrive.provider(), currentDrive.location());
    }

    /** {@return the current location of the drive named {@code driveName}} */
    public ProviderPath currentOn(String driveName) {
        PSDriveInfo drive = drive(driveName);
        return new ProviderPath(drive, drive.provider(), drive.location());
    }

    /**
     * Moves to {@code path}, which must be an existing container, and updates {@code $PWD}.
     *
     * @throws dev.jpwsh.engine.exec.PSException PathNotFound when it is not
     */
    public void setLocation(ProviderContext providerContext, ProviderPath path) {
        boolean container = path.provider() instanceof ContainerCmdletProvider c
                && c.itemExists(providerContext, path.path()) && c.isContainer(providerContext, path.path());
        if (!container) {
            throw ProviderErrors.pathNotFound(path.displayPath());
        }
        PSDriveInfo drive = path.drive() != null ? path.drive() : driveHolding(path);
        drive.setLocation(path.path());
        currentDrive = drive;
        if (drive.provider() instanceof NavigationCmdletProvider) {
            lastFileSystemLocation = path.path();
        }
        context.global().set("PWD", currentPathInfo());
    }

    /** The drive of a provider-qualified path: the provider's drive whose root holds it, else its first. */
    private PSDriveInfo driveHolding(ProviderPath path) {
        PSDriveInfo best = null;
        for (PSDriveInfo d : drivesOf(path.provider())) {
            if (d.relative(path.path()) != null && (best == null || d.getRoot().length() > best.getRoot().length())) {
                best = d;
            }
        }
        return best != null ? best : drivesOf(path.provider()).getFirst();
    }

    public void push(String stackName, ProviderPath path) {
        stacks.computeIfAbsent(stackName == null ? defaultStack : stackName, k -> new ArrayDeque<>()).push(path);
    }

    /** {@return the location last pushed on the stack, taken off it, or null when the stack is empty or unknown} */
    public ProviderPath pop(String stackName) {
        Deque<ProviderPath> stack = stacks.get(stackName == null ? defaultStack : stackName);
        return stack == null ? null : stack.poll();
    }

    public boolean hasStack(String stackName) {
        return stacks.containsKey(stackName);
    }

    /** {@return the stack named, most recent first; empty when unknown} */
    public List<ProviderPath> stack(String stackName) {
        Deque<ProviderPath> stack = stacks.get(stackName == null ? defaultStack : stackName);
        return stack == null ? List.of() : List.copyOf(stack);
    }

    public String defaultStackName() {
        return defaultStack;
    }

    /** Makes {@code stackName} the stack Push- and Pop-Location use without -StackName. */
    public void setDefaultStack(String stackName) {
        defaultStack = stackName;
        stacks.computeIfAbsent(stackName, k -> new ArrayDeque<>());
    }

    public List<String> stackNames() {
        return new ArrayList<>(stacks.keySet());
    }

    public List<CmdletProvider> providers() {
        return List.copyOf(providers.values());
    }

    /**
     * {@return the provider named {@code name}}
     *
     * @throws dev.jpwsh.engine.exec.PSException ProviderNotFound
     */
    public CmdletProvider provider(String name) {
        CmdletProvider provider = providers.get(name);
        if (provider == null) {
            throw ProviderErrors.providerNotFound(name);
        }
        return provider;
    }

    public List<PSDriveInfo> drives() {
        return List.copyOf(drives.values());
    }

    List<PSDriveInfo> drivesOf(CmdletProvider provider) {
        return drives.values().stream().filter(d -> d.provider() == provider).toList();
    }

    /**
     * {@return the drive named {@code name}}
     *
     * @throws dev.jpwsh.engine.exec.PSException DriveNotFound
     */
    public PSDriveInfo drive(String name) {
        PSDriveInfo drive = drives.get(name);
        if (drive == null) {
            throw ProviderErrors.driveNotFound(name);
        }
        return drive;
    }

    public PSDriveInfo currentDrive() {
        return currentDrive;
    }

    /** The FileSystem provider's root drive, {@code /}. */
    PSDriveInfo fileSystemDrive() {
        return drives.get("/");
    }

    /**
     * Adds a drive of {@code provider} rooted at {@code root} (New-PSDrive) and returns it.
     *
     * @throws dev.jpwsh.engine.exec.PSException DriveAlreadyExists, or the provider's error for a bad root
     */
    public PSDriveInfo newDrive(String name, CmdletProvider provider, String root, String description) {
        if (drives.containsKey(name)) {
            throw ProviderErrors.driveExists(name);
        }
        if (!(provider instanceof DriveCmdletProvider driveProvider)) {
            throw ProviderErrors.notSupported(name, "New-PSDrive");
        }
        PSDriveInfo drive = new PSDriveInfo(name, provider, driveProvider.newDriveRoot(root),
                description == null ? "" : description);
        drives.put(name, drive);
        return drive;
    }

    /**
     * Removes a drive (Remove-PSDrive). As in pwsh, even the current one: the session stays where it is until it
     * moves, but no path names the drive any more.
     */
    public void removeDrive(PSDriveInfo drive) {
        drives.remove(drive.getName());
    }

    /** Moves this session to {@code folder}, where its caller is (a -Parallel task, a thread job). */
    public void startIn(Path folder) {
        String location = folder.toString();
        PSDriveInfo root = fileSystemDrive();
        root.setLocation(location);
        currentDrive = root;
        lastFileSystemLocation = location;
        context.global().set("PWD", currentPathInfo());
    }
}
