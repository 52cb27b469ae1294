package dev.jpwsh.engine.provider;

import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a path as a user types it into provider paths: provider-qualified ({@code FileSystem::/tmp}), drive-qualified
 * ({@code Env:PATH}, {@code Temp:/x}), {@code ~}, absolute, or relative to the current location, with {@code .} and
 * {@code ..} resolved and {@code \} read as {@code /}; {@link #expand} also expands wildcards (a {@code -Path}),
 * which {@code -LiteralPath} does not.
 */
public final class PathResolver {
    private static final Pattern DRIVE_QUALIFIED = Pattern.compile("^([^:/\\\\]+):(.*)$", Pattern.DOTALL);

    private final SessionProviders session;

    PathResolver(SessionProviders session) {
        this.session = session;
    }

    /**
     * {@return the one provider path {@code input} names, whether or not it exists, without wildcard expansion}
     *
     * @throws dev.jpwsh.engine.exec.PSException DriveNotFound or ProviderNotFound
     */
    public ProviderPath parse(String input) {
        String text = input == null ? "" : input;
        int qualifier = text.indexOf("::");
        if (qualifier > 0) {
            CmdletProvider provider = session.provider(providerName(text.substring(0, qualifier)));
            String rest = text.substring(qualifier + 2);
            PSDriveInfo drive = provider instanceof NavigationCmdletProvider ? session.fileSystemDrive() : null;
            String base = drive != null && provider == drive.provider() ? session.lastFileSystemLocation() : "";
            return new ProviderPath(null, provider, combine(provider, base, rest, null));
        }
        if (text.equals("~") || text.startsWith("~/") || text.startsWith("~\\")) {
            PSDriveInfo drive = session.fileSystemDrive();
            return new ProviderPath(drive, drive.provider(), combine(drive.provider(), home(),
                    text.substring(1).replaceFirst("^[/\\\\]+", ""), null));
        }
        Matcher drivePrefix = DRIVE_QUALIFIED.matcher(text);
        if (drivePrefix.matches()) {
            return onDrive(session.drive(drivePrefix.group(1)), drivePrefix.group(2));
        }
        if (text.startsWith("/")) {
            return onDrive(session.fileSystemDrive(), text);
        }
        return onDrive(session.currentDrive(), text);
    }

    /** {@return {@code rest} on {@code drive}: from its root when it starts with a separator, else its location} */
    private static ProviderPath onDrive(PSDriveInfo drive, String rest) {
        boolean fromRoot = rest.startsWith("/") || rest.startsWith("\\");
        String base = fromRoot ? drive.getRoot() : drive.location();
        String relative = fromRoot ? rest.replaceFirst("^[/\\\\]+", "") : rest;
        return new ProviderPath(drive, drive.provider(), combine(drive.provider(), base, relative, drive));
    }

    /**
     * {@return the file {@code input} names (drive-qualified, relative or absolute), existing or not, as pwsh's
     * GetUnresolvedProviderPathFromPSPath gives it for an output file}
     *
     * @throws dev.jpwsh.engine.exec.PSException DriveNotFound, or ReadWriteFileNotFileSystemProvider when the path
     *     is on another provider than FileSystem
     */
    public java.nio.file.Path outputFile(String input) {
        ProviderPath path = parse(input);
        if (!"FileSystem".equals(path.provider().name())) {
            throw dev.jpwsh.engine.exec.RuntimeFailures.create("ReadWriteFileNotFileSystemProvider", "InvalidArgument",
                    "Cannot open file because the current provider (" + path.provider().info().getFullName()
                    + ") cannot open a file.", input, "System.Management.Automation.PSInvalidOperationException");
        }
        return java.nio.file.Path.of(path.path()).normalize();
    }

    /**
     * {@return the one provider path a -Destination names: its wildcard escapes removed, as pwsh reads it}
     *
     * @throws dev.jpwsh.engine.exec.PSException DriveNotFound or ProviderNotFound
     */
    public ProviderPath parseDestination(String destination) {
        return parse(unescape(destination));
    }

    /**
     * {@return the provider paths {@code input} names: with {@code literal} false and wildcard characters in it, the
     * existing items it matches (none when nothing matches), otherwise the one path it names, existing or not}
     */
    public List<ProviderPath> expand(ProviderContext context, String input, boolean literal) {
        if (literal || !Wildcard.containsWildcardCharacters(input)) {
            return List.of(parse(literal ? input : unescape(input)));
        }
        ProviderPath whole = parse(input);
        if (!(whole.provider() instanceof ContainerCmdletProvider container)) {
            return List.of(whole.withPath(unescape(whole.path())));
        }
        if (!(container instanceof NavigationCmdletProvider)) {
            return matchingChildren(context, container, whole, "", whole.path());
        }
        List<ProviderPath> found = List.of(whole.withPath("/"));
        for (String segment : whole.path().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            List<ProviderPath> next = new ArrayList<>();
            for (ProviderPath parent : found) {
                if (Wildcard.containsWildcardCharacters(segment)) {
                    if (container.isContainer(context, parent.path())) {
                        next.addAll(matchingChildren(context, container, parent, parent.path(), segment));
                    }
                } else {
                    next.add(parent.withPath(container.childPath(parent.path(), unescape(segment))));
                }
            }
            found = next;
        }
        return found.stream().filter(p -> container.itemExists(context, p.path())).toList();
    }

    private static List<ProviderPath> matchingChildren(ProviderContext context, ContainerCmdletProvider container,
            ProviderPath parent, String parentPath, String wildcard) {
        Pattern pattern = Wildcard.compile(wildcard, container.caseSensitiveNames());
        List<ProviderPath> matches = new ArrayList<>();
        for (String name : container.childNames(context, parentPath)) {
            if (pattern.matcher(name).matches()) {
                matches.add(parent.withPath(container.childPath(parentPath, name)));
            }
        }
        return matches;
    }

    /** {@return {@code text} with PowerShell's backtick escapes of wildcard characters removed} */
    static String unescape(String text) {
        if (text.indexOf('`') < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            plain.append(c);
        }
        return plain.toString();
    }

    private String home() {
        Object home = session.context().environment().get("HOME");
        return home == null ? System.getProperty("user.home") : home.toString();
    }

    private static String providerName(String qualified) {
        int slash = qualified.lastIndexOf('\\');
        return slash >= 0 ? qualified.substring(slash + 1) : qualified;
    }

    /**
     * {@return {@code relative} taken from {@code base} in the provider's terms: for a tree (FileSystem) an absolute,
     * normalized path that does not climb above the drive's root; for a flat container the item's name}
     */
    private static String combine(CmdletProvider provider, String base, String relative, PSDriveInfo drive) {
        String path = relative.replace('\\', '/');
        if (!(provider instanceof NavigationCmdletProvider)) {
            List<String> names = new ArrayList<>();
            for (String segment : path.split("/")) {
                if (segment.equals("..")) {
                    names.clear();
                } else if (!segment.isEmpty() && !segment.equals(".")) {
                    names.add(segment);
                }
            }
            return String.join("/", names);
        }
        String start = path.startsWith("/") ? "" : base;
        List<String> segments = new ArrayList<>();
        for (String segment : (start + "/" + path).split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.removeLast();
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        String absolute = "/" + String.join("/", segments);
        if (drive != null && drive.relative(absolute) == null) {
            return drive.getRoot();
        }
        return absolute;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
