package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.ops.Wildcard;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The properties of a file or folder for Get-ItemProperty (its FileInfo or DirectoryInfo properties) and the ones
 * Set-ItemProperty can change: LastWriteTime, LastAccessTime and IsReadOnly.
 */
final class FileProperties {
    private FileProperties() {
    }

    static Map<String, Object> get(ProviderPath path, List<String> names) {
        FileSystemItem item = FileSystemItem.of(path);
        Map<String, Object> all = new LinkedHashMap<>();
        for (Method getter : item.getClass().getMethods()) {
            String name = getter.getName();
            if (getter.getParameterCount() == 0 && name.startsWith("get") && !name.equals("getClass")
                    && getter.getReturnType() != void.class
                    && !name.startsWith("getPS")) {
                all.put(name.substring(3), Members.get(item, name.substring(3)));
            }
        }
        if (names.isEmpty()) {
            return all;
        }
        Map<String, Object> found = new LinkedHashMap<>();
        for (String wanted : names) {
            boolean any = false;
            for (Map.Entry<String, Object> e : all.entrySet()) {
                if (Wildcard.matches(e.getKey(), wanted, false)) {
                    found.put(e.getKey(), e.getValue());
                    any = true;
                }
            }
            if (!any && !Wildcard.containsWildcardCharacters(wanted)) {
                throw propertyNotFound(wanted, path.path());
            }
        }
        return found;
    }

    static void set(ProviderContext context, ProviderPath path, String name, Object value) {
        Path file = Path.of(path.path());
        try {
            switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "lastwritetime" -> Files.setLastModifiedTime(file, time(value));
                case "lastaccesstime" -> Files.setAttribute(file, "basic:lastAccessTime", time(value));
                case "isreadonly" -> readOnly(file, LanguagePrimitives.isTrue(value));
                default -> throw propertyNotFound(name, path.path());
            }
        } catch (IOException e) {
            throw ProviderErrors.io(e, path.path(), "SetItemProperty");
        }
    }

    private static FileTime time(Object value) {
        DateTime time = (DateTime) dev.jpwsh.engine.types.Conversions.convert(value, DateTime.class);
        return FileTime.from(time.value().atZone(java.time.ZoneId.systemDefault()).toInstant());
    }

    private static void readOnly(Path file, boolean readOnly) throws IOException {
        Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
        if (readOnly) {
            permissions.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_WRITE));
        } else {
            permissions.add(PosixFilePermission.OWNER_WRITE);
        }
        Files.setPosixFilePermissions(file, permissions);
    }

    private static dev.jpwsh.engine.exec.PSException propertyNotFound(String name, String path) {
        return RuntimeFailures.create("System.Management.Automation.PSArgumentException", "InvalidArgument",
                "Property " + name + " does not exist at path " + path + ".", name,
                "System.Management.Automation.PSArgumentException");
    }
}
