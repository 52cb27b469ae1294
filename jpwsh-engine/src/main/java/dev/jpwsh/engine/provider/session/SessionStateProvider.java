package dev.jpwsh.engine.provider.session;

import dev.jpwsh.engine.provider.ChildQuery;
import dev.jpwsh.engine.provider.ContainerCmdletProvider;
import dev.jpwsh.engine.provider.ContentCmdletProvider;
import dev.jpwsh.engine.provider.ContentOptions;
import dev.jpwsh.engine.provider.PSDriveInfo;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A flat container of named values at its one drive's root: the root ({@code ""}) holds every entry. Set-Item and
 * New-Item set a value, Remove-Item removes it, Clear-Item clears it, and the content of an entry is its value.
 */
abstract class SessionStateProvider extends ContainerCmdletProvider implements ContentCmdletProvider {
    private final String driveName;

    SessionStateProvider(String name, String driveName) {
        super(name, "ShouldProcess");
        this.driveName = driveName;
    }

    @Override
    public final List<PSDriveInfo> initialDrives() {
        return List.of(new PSDriveInfo(driveName, this, "", "Drive containing a view of the "
                + name().toLowerCase(java.util.Locale.ROOT) + " entries of the session"));
    }

    /** {@return the entries, by name, in the order they are listed} */
    abstract Map<String, Object> entries(ProviderContext context);

    /** {@return the entry named {@code name}, or null} */
    abstract Object value(ProviderContext context, String name);

    abstract void set(ProviderContext context, String name, Object value);

    /** {@return whether an entry named {@code name} exists} */
    boolean has(ProviderContext context, String name) {
        return value(context, name) != null;
    }

    abstract void remove(ProviderContext context, String name);

    /** {@return the item Get-Item writes for an entry} */
    Object item(ProviderPath location, String name, Object value) {
        return new SessionStateEntry(location, name, value);
    }

    @Override
    public boolean itemExists(ProviderContext context, String path) {
        return path.isEmpty() || has(context, path);
    }

    @Override
    public boolean isContainer(ProviderContext context, String path) {
        return path.isEmpty();
    }

    @Override
    public Object getItem(ProviderContext context, ProviderPath path) {
        if (path.path().isEmpty()) {
            return path.drive();
        }
        return item(path, nameOf(context, path.path()), value(context, path.path()));
    }

    /** {@return the entry's name as it was defined (the case the user typed may differ)} */
    private String nameOf(ProviderContext context, String name) {
        for (String defined : entries(context).keySet()) {
            if (defined.equalsIgnoreCase(name)) {
                return defined;
            }
        }
        return name;
    }

    @Override
    public void childItems(ProviderContext context, ProviderPath path, ChildQuery query, ChildSink out) {
        Predicate<String> names = query.nameTest(false);
        if (!path.path().isEmpty()) {
            out.accept(path.path(), getItem(context, path));
            return;
        }
        for (Map.Entry<String, Object> e : entries(context).entrySet()) {
            if (names.test(e.getKey())) {
                out.accept(e.getKey(), item(path.withPath(e.getKey()), e.getKey(), e.getValue()));
            }
        }
    }

    @Override
    public List<String> childNames(ProviderContext context, String path) {
        return new ArrayList<>(entries(context).keySet());
    }

    @Override
    public Object setItem(ProviderContext context, ProviderPath path, Object value) {
        set(context, path.path(), value);
        return item(path, path.path(), value(context, path.path()));
    }

    @Override
    public void clearItem(ProviderContext context, ProviderPath path) {
        set(context, path.path(), null);
    }

    @Override
    public Object newItem(ProviderContext context, ProviderPath path, String itemType, Object value) {
        if (has(context, path.path()) && !context.force()) {
            throw ProviderErrors.invalidOperation("NewItemAlreadyExists", "A " + name().toLowerCase(
                    java.util.Locale.ROOT) + " item with name '" + path.path() + "' already exists.", path.path());
        }
        return setItem(context, path, value);
    }

    @Override
    public void removeItem(ProviderContext context, ProviderPath path, boolean recurse) {
        remove(context, path.path());
    }

    @Override
    public Object renameItem(ProviderContext context, ProviderPath path, String newName) {
        Object value = value(context, path.path());
        set(context, newName, value);
        remove(context, path.path());
        return item(path.withPath(newName), newName, value);
    }

    @Override
    public Object copyItem(ProviderContext context, ProviderPath path, String destination, boolean recurse) {
        Object value = value(context, path.path());
        set(context, destination, value);
        return item(path.withPath(destination), destination, value);
    }

    @Override
    public ContentReader reader(ProviderContext context, ProviderPath path, ContentOptions options) {
        Iterator<Object> values = List.<Object>of(LanguagePrimitives.toString(value(context, path.path())))
                .iterator();
        return new ContentReader() {
            @Override
            public boolean hasNext() {
                return values.hasNext();
            }

            @Override
            public Object next() {
                return values.next();
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public ContentWriter writer(ProviderContext context, ProviderPath path, ContentOptions options, boolean append) {
        StringBuilder text = new StringBuilder();
        if (append && value(context, path.path()) != null) {
            text.append(LanguagePrimitives.toString(value(context, path.path())));
        }
        return new ContentWriter() {
            @Override
            public void write(Object value) {
                text.append(LanguagePrimitives.toString(value));
            }

            @Override
            public void close() {
                set(context, path.path(), text.toString());
            }
        };
    }

    @Override
    public void clearContent(ProviderContext context, ProviderPath path) {
        set(context, path.path(), "");
    }
}
