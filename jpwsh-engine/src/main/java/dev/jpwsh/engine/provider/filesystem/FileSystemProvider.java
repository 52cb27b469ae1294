package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.provider.ChildQuery;
import dev.jpwsh.engine.provider.ContentCmdletProvider;
import dev.jpwsh.engine.provider.ContentOptions;
import dev.jpwsh.engine.provider.NavigationCmdletProvider;
import dev.jpwsh.engine.provider.PSDriveInfo;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.PropertyCmdletProvider;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The FileSystem provider: the {@code /} and {@code Temp:} drives and New-PSDrive drives rooted in any folder; files
 * and folders as {@link FileItem} and {@link DirectoryItem}; their content. Paths are absolute and normalized.
 * Copying and removing trees goes on past an item that fails, which it reports.
 */
public final class FileSystemProvider extends NavigationCmdletProvider implements ContentCmdletProvider,
        PropertyCmdletProvider {
    public FileSystemProvider() {
        super("FileSystem", "Filter, ShouldProcess, Credentials");
    }

    @Override
    public List<PSDriveInfo> initialDrives() {
        String temp = System.getenv("TMPDIR");
        String tempRoot = temp == null || temp.isEmpty() ? "/tmp/" : temp.endsWith("/") ? temp : temp + "/";
        return List.of(new PSDriveInfo("/", this, "/", "root"),
                new PSDriveInfo("Temp", this, tempRoot,
                        "Drive that maps to the temporary directory path for the current user"));
    }

    @Override
    public String newDriveRoot(String root) {
        if (!Files.isDirectory(Path.of(root))) {
            throw RuntimeFailures.create("DriveRootError", "ReadError", "The specified drive root \"" + root
                    + "\" either does not exist, or it is not a folder.", root, "System.IO.IOException");
        }
        return root;
    }

    @Override
    public String home() {
        String home = System.getenv("HOME");
        return home == null ? System.getProperty("user.home") : home;
    }

    @Override
    public boolean caseSensitiveNames() {
        return true;
    }

    @Override
    public boolean isValidPath(String path) {
        return path.indexOf('\0') < 0;
    }

    @Override
    public boolean itemExists(ProviderContext context, String path) {
        return Files.exists(Path.of(path), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public Object getItem(ProviderContext context, ProviderPath path) {
        return FileSystemItem.of(path);
    }

    @Override
    public boolean isContainer(ProviderContext context, String path) {
        return Files.isDirectory(Path.of(path));
    }

    @Override
    public void childItems(ProviderContext context, ProviderPath path, ChildQuery query, ChildSink out) {
        if (!Files.isDirectory(Path.of(path.path()))) {
            FileSystemItem item = FileSystemItem.of(path);
            if (!query.directoriesOnly() && query.nameTest(true).test(item.getName())) {
                out.accept(item.getName(), item);
            }
            return;
        }
        TreeWalk.walk(context, path, query, out);
    }

    @Override
    public List<String> childNames(ProviderContext context, String path) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(Path.of(path))) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (context.force() || !name.startsWith(".")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            return names;
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    @Override
    public String childPath(String parent, String child) {
        return parent.endsWith("/") ? parent + child : parent + "/" + child;
    }

    @Override
    public String parentPath(String path) {
        Path parent = Path.of(path).getParent();
        return parent == null ? "" : parent.toString();
    }

    @Override
    public String childName(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }

    @Override
    public Object newItem(ProviderContext context, ProviderPath path, String itemType, Object value) {
        Path target = Path.of(path.path());
        String type = itemType == null ? "file" : itemType.toLowerCase(java.util.Locale.ROOT);
        try {
            boolean folder = type.equals("directory") || type.equals("container");
            if ((context.force() || folder) && target.getParent() != null) {
                Files.createDirectories(target.getParent());
            } else if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
                throw RuntimeFailures.create("NewItemIOError", "WriteError", "Could not find a part of the path '"
                        + path.path() + "'.", path.path(), "System.IO.DirectoryNotFoundException");
            }
            switch (type) {
                case "directory", "container" -> newDirectory(context, path, target);
                case "symboliclink", "junction" -> Files.createSymbolicLink(target, Path.of(valueText(value)));
                case "hardlink" -> Files.createLink(target, Path.of(valueText(value)));
                case "file" -> newFile(context, path, target, value);
                default -> throw ProviderErrors.invalidArgument("NewItemInvalidType", "The type is not a known type "
                        + "for the file system. Only \"file\",\"directory\",\"symboliclink\",\"junction\", and "
                        + "\"hardlink\" are supported.", itemType);
            }
        } catch (IOException e) {
            throw ProviderErrors.io(e, path.path(), "NewItem");
        }
        return FileSystemItem.of(path);
    }

    private static String valueText(Object value) {
        return value == null ? "" : LanguagePrimitives.toString(value);
    }

    private static void newDirectory(ProviderContext context, ProviderPath path, Path target) throws IOException {
        if (Files.exists(target)) {
            if (!context.force() || !Files.isDirectory(target)) {
                throw ProviderErrors.itemExists(path.path());
            }
            return;
        }
        Files.createDirectory(target);
    }

    private static void newFile(ProviderContext context, ProviderPath path, Path target, Object value)
            throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !context.force()) {
            throw ProviderErrors.fileExists(path.path());
        }
        if (Files.isDirectory(target)) {
            throw ProviderErrors.itemExists(path.path());
        }
        Files.writeString(target, value == null ? "" : valueText(value), StandardCharsets.UTF_8);
    }

    @Override
    public void removeItem(ProviderContext context, ProviderPath path, boolean recurse) {
        Path target = Path.of(path.path());
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && !recurse && hasChildren(target)) {
            throw ProviderErrors.hasChildren(path.path());
        }
        TreeRemoval.remove(context, target);
    }

    private static boolean hasChildren(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Object renameItem(ProviderContext context, ProviderPath path, String newName) {
        if (newName.contains("/") || newName.contains("\\")) {
            throw ProviderErrors.invalidArgument("RenameItemArgumentError", "Cannot rename the specified target, "
                    + "because it represents a path or device name.", newName);
        }
        Path source = Path.of(path.path());
        Path target = source.resolveSibling(newName);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !target.equals(source)) {
            throw RuntimeFailures.create("RenameItemIOError", "WriteError",
                    "Cannot create a file when that file already exists.", path.path(), "System.IO.IOException");
        }
        try {
            Files.move(source, target);
        } catch (IOException e) {
            throw ProviderErrors.io(e, path.path(), "RenameItem");
        }
        return FileSystemItem.of(path.withPath(target.toString()));
    }

    @Override
    public Object copyItem(ProviderContext context, ProviderPath path, String destination, boolean recurse) {
        return TreeCopy.copy(context, path, destination, recurse);
    }

    @Override
    public Object moveItem(ProviderContext context, ProviderPath path, String destination) {
        Path source = Path.of(path.path());
        Path target = Path.of(destination);
        if (Files.isDirectory(target) && !Files.isSymbolicLink(target)) {
            target = target.resolve(source.getFileName());
        }
        if (target.equals(source)) {
            return FileSystemItem.of(path);
        }
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (!context.force() || Files.isDirectory(target)) {
                    throw RuntimeFailures.create("MoveFileInfoItemIOError", "WriteError",
                            "Cannot create a file when that file already exists.", path.path(),
                            "System.IO.IOException");
                }
                Files.delete(target);
            }
            Files.move(source, target);
        } catch (IOException e) {
            throw ProviderErrors.io(e, path.path(), "MoveFileInfoItem");
        }
        return FileSystemItem.of(path.withPath(target.toString()));
    }

    @Override
    public ContentReader reader(ProviderContext context, ProviderPath path, ContentOptions options) {
        Path file = Path.of(path.path());
        if (Files.isDirectory(file)) {
            throw ProviderErrors.contentOfDirectory(path.path());
        }
        try {
            return FileContent.reader(file, options);
        } catch (IOException e) {
            throw ProviderErrors.io(e, path.path(), "GetContentReader");
        }
    }

    @Override
    public ContentWriter writer(ProviderContext context, ProviderPath path, ContentOptions options, boolean append) {
        Path file = Path.of(path.path());
        if (Files.isDirectory(file)) {
            throw RuntimeFailures.create("GetContentWriterUnauthorizedAccessError", "PermissionDenied",
                    "Access to the path '" + path.path() + "' is denied.", path.path(),
                    "System.UnauthorizedAccessException");
        }
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw RuntimeFailures.create("GetContentWriterDirectoryNotFoundError", "ObjectNotFound",
                    "Could not find a part of the path '" + path.path() + "'.", path.path(),
                    "System.IO.DirectoryNotFoundException");
        }
        try {
            return FileContent.writer(file, options, append);
        } catch (IOException e) {
            throw ProviderErrors.io(e, path.path(), "GetContentWriter");
        }
    }

    @Override
    public void clearContent(ProviderContext context, ProviderPath path) {
        try {
            Files.write(Path.of(path.path()), new byte[0]);
        } catch (IOException e) {
            throw ProviderErrors.io(e, path.path(), "ClearContent");
        }
    }

    @Override
    public java.util.Map<String, Object> getProperties(ProviderContext context, ProviderPath path,
            List<String> names) {
        return FileProperties.get(path, names);
    }

    @Override
    public void setProperty(ProviderContext context, ProviderPath path, String name, Object value) {
        FileProperties.set(context, path, name, value);
    }
}
